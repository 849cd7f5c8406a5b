import { describe, expect, it } from 'vitest'
import { sideOf } from '../../../shared/anchoring'
import type { FindingDecision, FindingKind } from '../../../shared/model'
import type { Citation } from './briefing'
import { relations } from './relations'

const text = 'Officials said 10,000 troops were sent. Others said 12,000 troops.'
const at = (phrase: string) => {
  const start = text.indexOf(phrase)
  return sideOf({ article: 'aa', start, end: start + phrase.length, text: phrase }, text)
}
const decision = (kind: string): FindingDecision => ({
  findingId: `f-${kind}`,
  status: 'confirmed',
  at: '2026-01-01T00:00:00.000Z',
  kind: kind as FindingKind,
  explanation: kind,
  a: at('10,000 troops'),
  b: at('12,000 troops')
})
const cites = new Map([
  ['aa', { n: 1, id: 'aa', title: 'A', outlet: '', date: '', author: '', url: '' } as Citation]
])
const data = { articles: [], annotations: [], links: [], decisions: [], palette: [] }

describe('relations', () => {
  it('sorts confirmed findings by their kind: contradictions disagree, paraphrases agree', () => {
    const r = relations([decision('contradiction'), decision('paraphrase')], data, cites)
    expect(r.disagree.map((x) => x.explanation)).toEqual(['contradiction'])
    expect(r.agree.map((x) => x.explanation)).toEqual(['paraphrase'])
    expect(r.disagree[0]?.a.text).toBe('10,000 troops')
  })

  it('counts a kind it does not know on neither side', () => {
    const r = relations([decision('agreement')], data, cites)
    expect(r).toEqual({ agree: [], disagree: [] })
  })
})
