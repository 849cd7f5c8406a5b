import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe as group, expect, it } from 'vitest'
import { anchor, describe, OffsetMap, reanchorAll } from '.'

const text003 = readFileSync(
  join(__dirname, '../../../articles/003-blinken-meets-nato-secretary-general.txt'),
  'utf8'
)

/** Selects `phrase` (its `nth` occurrence) in `text` as an annotation would store it. */
function select(
  text: string,
  phrase: string,
  nth = 0
): ReturnType<typeof describe> & { id: string } {
  let at = -1
  for (let i = 0; i <= nth; i++) at = text.indexOf(phrase, at + 1)
  if (at < 0) throw new Error(`"${phrase}" is not in the text`)
  return { id: `a${at}`, ...describe(text, at, at + phrase.length) }
}

const placedText = (text: string, r: ReturnType<typeof anchor>): string =>
  r.status === 'orphan' ? '' : text.slice(r.start, r.end)

const claim = 'up to 12,000 North Korean combat troops have been deployed to the battlefield'

group('describe', () => {
  it('stores the quote with context either side and the offsets', () => {
    const s = select(text003, claim)
    expect(s.quote.exact).toBe(claim)
    expect(text003.slice(s.position.start - s.quote.prefix.length, s.position.start)).toBe(
      s.quote.prefix
    )
    expect(s.quote.suffix.startsWith(', with most expected')).toBe(true)
  })

  it('refuses a range outside the text', () => {
    expect(() => describe('short', 3, 9)).toThrow(/outside/)
  })
})

group('re-anchoring', () => {
  it('finds an unchanged text exactly where it was, with full confidence', () => {
    const s = select(text003, claim)
    const [r] = reanchorAll(text003, text003, [s])
    expect(r?.result).toEqual({
      status: 'exact',
      start: s.position.start,
      end: s.position.end,
      confidence: 1
    })
  })

  it('follows the quote when a paragraph is inserted before it', () => {
    const s = select(text003, claim)
    const inserted = 'An editor’s note added after publication, a whole new paragraph.\n\n'
    const edited = inserted + text003
    const [r] = reanchorAll(text003, edited, [s])
    expect(r?.result.status).toBe('exact')
    expect(r?.result).toMatchObject({ start: s.position.start + inserted.length, confidence: 1 })
  })

  it('places a slightly edited quote fuzzily, on the edited words, with a confidence below 1', () => {
    const s = select(text003, claim)
    const edited = text003.replace(
      '12,000 North Korean combat troops',
      '11,000 North Korean troops'
    )
    const [r] = reanchorAll(text003, edited, [s])
    expect(r?.result.status).toBe('fuzzy')
    expect(r?.result.confidence).toBeGreaterThan(0.8)
    expect(r?.result.confidence).toBeLessThan(1)
    expect(placedText(edited, r!.result)).toContain('11,000 North Korean troops have been deployed')
  })

  it('makes an orphan of a deleted quote instead of moving it somewhere similar', () => {
    const s = select(text003, claim)
    const sentence = /Intelligence assessments[^.]*\./.exec(text003)![0]
    const edited = text003.replace(sentence, '')
    const [r] = reanchorAll(text003, edited, [s])
    expect(r?.result.status).toBe('orphan')
    expect(r?.result.confidence).toBeLessThan(0.75)
  })

  it('tells repeated quotes apart by their prefix and suffix', () => {
    const text =
      'Rutte said Ukraine must prevail. Later, Blinken said Ukraine must prevail. Then silence.'
    const second = select(text, 'Ukraine must prevail', 1)
    // The text moves (a word is added up front), so the position alone no longer fits.
    const edited = 'Yesterday ' + text.replace('Later, Blinken', 'Later that day, Blinken')
    const r = anchor(edited, second.quote, second.position.start)
    expect(r.status).toBe('exact')
    expect(placedText(edited, r)).toBe('Ukraine must prevail')
    expect(edited.slice(0, r.status === 'orphan' ? 0 : r.start)).toContain('Blinken said ')
    const first = select(text, 'Ukraine must prevail', 0)
    const r1 = anchor(edited, first.quote, first.position.start)
    expect(edited.slice(0, r1.status === 'orphan' ? 0 : r1.start)).not.toContain('Blinken')
  })

  it('keeps a selection across paragraphs anchored', () => {
    const from = text003.indexOf('Blinken warned')
    const to = text003.indexOf('have been deployed') + 'have been deployed'.length
    const s = { id: 'x', ...describe(text003, from, to) }
    const edited = 'Update.\n\n' + text003
    const [r] = reanchorAll(text003, edited, [s])
    expect(placedText(edited, r!.result)).toBe(s.quote.exact)
  })

  it('re-anchors many annotations in one pass, each to its own text', () => {
    const phrases = ['Blinken stated', 'Yermak stated', 'Russia has not won in Ukraine', claim]
    const items = phrases.map((p) => select(text003, p))
    const edited = text003.replace('On November 13,', 'On Wednesday, November 13,')
    const out = reanchorAll(text003, edited, items)
    expect(out.map((o) => placedText(edited, o.result))).toEqual(phrases)
  })
})

group('OffsetMap', () => {
  it('carries offsets in unchanged paragraphs across edits elsewhere', () => {
    const old = 'one\n\ntwo\n\nthree\n'
    const next = 'zero\n\none\n\nTWO\n\nthree\n'
    const m = new OffsetMap(old, next)
    expect(m.map(old.indexOf('three'))).toEqual({ offset: next.indexOf('three'), unchanged: true })
    expect(m.map(old.indexOf('one'))).toEqual({ offset: next.indexOf('one'), unchanged: true })
    expect(m.map(old.indexOf('two')).unchanged).toBe(false)
  })
})
