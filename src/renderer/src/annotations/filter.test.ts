import { describe, expect, it } from 'vitest'
import type { Annotation, Grade } from '../../../shared/model'
import { filterAnnotations, noFilter } from './filter'
import { formatGrade } from './grade'

const ann = (
  id: string,
  exact: string,
  body: { color?: string; tags?: string[]; note?: string; grade?: Grade },
  start = 0
): Annotation => ({
  id,
  article: 'art',
  target: {
    source: 'art',
    selector: [
      { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
      { type: 'TextPositionSelector', start, end: start + exact.length }
    ]
  },
  body: { color: 'yellow', tags: [], note: '', ...body },
  anchor: { status: 'exact', confidence: 1 },
  created: '',
  modified: ''
})

const all = [
  ann(
    'late',
    'Russia has not won',
    { color: 'red', grade: { reliability: 'B', credibility: 2 } },
    90
  ),
  ann('early', '12,000 troops', { tags: ['numbers'], note: 'Check **Reuters**' }, 10),
  ann('c', 'Blinken warned', { grade: { reliability: 'C', credibility: 2 } }, 50)
]
const ids = (f: Partial<typeof noFilter>): string[] =>
  filterAnnotations(all, { ...noFilter, ...f }).map((a) => a.id)

describe('filterAnnotations', () => {
  it('lists everything in reading order without a filter', () => {
    expect(ids({})).toEqual(['early', 'c', 'late'])
  })
  it('filters by colour, tag and text in quote or note', () => {
    expect(ids({ color: 'red' })).toEqual(['late'])
    expect(ids({ tag: 'numbers' })).toEqual(['early'])
    expect(ids({ text: 'reuters' })).toEqual(['early'])
    expect(ids({ text: 'WARNED' })).toEqual(['c'])
  })
  it('filters by a whole grade, its letter or its number', () => {
    expect(ids({ grade: 'b2' })).toEqual(['late'])
    expect(ids({ grade: '2' })).toEqual(['c', 'late'])
    expect(ids({ grade: 'C' })).toEqual(['c'])
  })
  it('shows grades the Admiralty way', () => {
    expect(formatGrade({ reliability: 'B', credibility: 2 })).toBe('B2')
    expect(formatGrade({ reliability: 'E' })).toBe('E–')
    expect(formatGrade(undefined)).toBe('')
  })
})
