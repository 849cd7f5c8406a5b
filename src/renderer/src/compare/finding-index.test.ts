import { describe, expect, it } from 'vitest'
import type { Finding, FindingKind } from '../../../shared/model'
import { splitSentences } from '../../../shared/text/sentences'
import text from '../../../../articles/000-nato-rutte-zelenskyy-ukraine-prevails.txt?raw'
import { placementsAt, placementsIn, uniqueSpans } from './finding-index'

/** A finding on `phrase` in article 000 (its n-th occurrence), paired with another article. */
function on(phrase: string, kind: FindingKind, other = '001', at = text.indexOf(phrase)): Finding {
  if (at < 0) throw new Error(`"${phrase}" is not in article 000`)
  const a = { article: '000', start: at, end: at + phrase.length, text: phrase }
  return {
    id: `${kind}-${at}-${phrase.length}-${other}`,
    kind,
    subtype: 'identical',
    score: 1,
    explanation: phrase,
    a,
    b: { ...a, article: other },
    diff: []
  }
}

describe('the findings under a click in the text', () => {
  const wide = on(
    'instability in Europe can have far-reaching consequences across the world',
    'overlap'
  )
  const narrow = on('far-reaching consequences', 'paraphrase')
  const placed = placementsIn('000', [wide, narrow, on('10,000 North Korean soldiers', 'overlap')])

  it('lists every finding covering the clicked word, the most specific first', () => {
    const hits = placementsAt(placed, text.indexOf('far-reaching') + 3)
    expect(hits.map((p) => p.finding.id)).toEqual([narrow.id, wide.id])
  })

  it('finds only the wider passage outside the nested one, and nothing between passages', () => {
    expect(placementsAt(placed, text.indexOf('instability')).map((p) => p.finding.id)).toEqual([
      wide.id
    ])
    expect(placementsAt(placed, text.indexOf('Zelenskyy claimed'))).toEqual([])
  })

  it('agrees with checking every finding, for every character of a real article', () => {
    // A finding on every sentence, plus long ones spanning several, so passages nest and overlap.
    const sentences = splitSentences(text)
    const findings = sentences.flatMap((s, i) => {
      const later = sentences[i + 2]
      const one = on(text.slice(s.start, s.end), 'overlap', '001', s.start)
      if (i % 3 || !later) return [one]
      return [one, on(text.slice(s.start, later.end), 'paraphrase', '002', s.start)]
    })
    const all = placementsIn('000', findings)
    for (let offset = 0; offset <= text.length; offset++) {
      const expected = all
        .filter((p) => p.passage.start <= offset && offset < p.passage.end)
        .map((p) => p.finding.id)
        .sort()
      expect(
        placementsAt(all, offset)
          .map((p) => p.finding.id)
          .sort()
      ).toEqual(expected)
    }
  })
})

describe('what only this article reports', () => {
  const sentences = splitSentences(text)
  const sentenceWith = (phrase: string): string => {
    const at = text.indexOf(phrase)
    const s = sentences.find((x) => x.start <= at && at < x.end)
    return s ? text.slice(s.start, s.end) : ''
  }
  const unique = (findings: Finding[]): string[] =>
    uniqueSpans('000', sentences, findings).map((s) => text.slice(s.start, s.end))

  it('leaves out sentences that another article shares, and keeps the rest', () => {
    const shared = on('far-reaching consequences', 'overlap')
    const spans = unique([shared])
    expect(spans).not.toContain(sentenceWith('far-reaching consequences'))
    expect(spans).toContain(sentenceWith('10,000 North Korean soldiers'))
    expect(spans).toHaveLength(sentences.length - 1)
  })

  it('still counts a sentence as unique when the other article only contradicts it', () => {
    const spans = unique([on('10,000 North Korean soldiers', 'contradiction', '003')])
    expect(spans).toContain(sentenceWith('10,000 North Korean soldiers'))
    expect(spans).toHaveLength(sentences.length)
  })

  it('does not count a passage repeated within the same article as reported elsewhere', () => {
    const spans = unique([on('far-reaching consequences', 'duplicate', '000')])
    expect(spans).toHaveLength(sentences.length)
  })
})
