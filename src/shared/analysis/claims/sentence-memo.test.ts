import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { splitSentences } from '../../text/sentences'
import { claimsOf, type DocClaims } from './doc-claims'
import { createSentenceMemo, moved } from './sentence-memo'

// Real news (ECB+ original half): wire copies of these are what the per-sentence memo serves.
const corpus = JSON.parse(
  readFileSync(join(__dirname, '../../../../eval/corpora/ecb-original.json'), 'utf8')
) as { docs: { id: string; title: string; text: string; date?: string }[] }
const docs = corpus.docs
  .slice(0, 60)
  .map((d) => ({ text: `${d.title}\n\n${d.text}`, date: d.date }))

const read = (text: string, date?: string): DocClaims => claimsOf(text, splitSentences(text), date)

/** Claims moved back by `by` characters and `sentences` sentences. */
function back(c: DocClaims, by: number, sentences: number): DocClaims {
  const span = <S extends { start: number; end: number }>(s: S): S => ({
    ...s,
    start: s.start - by,
    end: s.end - by
  })
  return {
    quantities: c.quantities.map((q) => ({ ...span(q), sentence: q.sentence - sentences })),
    negatives: c.negatives.map((n) => ({
      ...n,
      clause: span(n.clause),
      sentence: n.sentence - sentences
    })),
    roles: c.roles.map(span),
    dates: c.dates.map(span),
    quotes: c.quotes.map(span)
  }
}

describe('claims of a sentence met again', () => {
  it('a copy of an article under a new first paragraph has its claims, at its own offsets', () => {
    const lead = 'This report was first published by a news agency and is reproduced in full.\n\n'
    let claims = 0
    for (const d of docs) {
      const first = read(d.text, d.date)
      const copy = read(lead + d.text, d.date)
      expect(back(copy, lead.length, 1)).toEqual(first)
      claims += first.quantities.length + first.negatives.length + first.roles.length
    }
    // The sample is only a proof if it holds claims of every kind the memo carries.
    expect(claims).toBeGreaterThan(50)
  })

  it('a sentence whose surroundings changed is read afresh', () => {
    // A reading that looks just outside its sentence, as the figure rules do ("40 million (12").
    const memo = createSentenceMemo<{ start: number; end: number; before: string }>(moved)
    const reading = (text: string, at: number) => {
      const span = { start: at, end: at + 10 }
      return memo(text, span, '', () => ({ ...span, before: text[at - 1] ?? '' }))
    }
    expect(reading('Fines: 40 (12 killed.', 11).before).toBe('(')
    expect(reading('Fines: 40 )12 killed.', 11).before).toBe(')')
    // The same sentence in the same surroundings elsewhere: the stored reading, moved.
    expect(reading('Earlier text. Fines: 40 (12 killed.', 25)).toEqual({
      start: 25,
      end: 35,
      before: '('
    })
  })

  it('the claims handed out are copies: changing one never changes a later reading', () => {
    const text = docs.find((d) => read(d.text, d.date).quantities.length > 0)?.text as string
    const first = read(text)
    for (const q of first.quantities) q.start = -1
    expect(read(text).quantities.every((q) => q.start >= 0)).toBe(true)
  })
})
