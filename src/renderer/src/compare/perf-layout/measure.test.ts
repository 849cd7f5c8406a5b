import { describe, expect, it } from 'vitest'
import type { FindingKind } from '../../../../shared/model'
import { activeMarks, anchorPairs, gutterMarks, type PaneSpots, type Spot } from './measure'

const spot = (findingId: string, kind: FindingKind, top: number, height = 20): Spot => ({
  findingId,
  kind,
  top,
  height
})

/** A pane 10,000 px tall shown in an 800 px viewport: 3 px of gutter is 37.5 px of text. */
const pane = (spots: (Spot | null)[]): PaneSpots => ({
  spots,
  scrollHeight: 10_000,
  viewHeight: 800
})

describe('the overview gutter', () => {
  it('places each finding at its share of the article height', () => {
    const marks = gutterMarks(
      pane([spot('f1', 'overlap', 2_500, 100), spot('f2', 'overlap', 7_500)])
    )
    expect(marks).toEqual([
      { findingId: 'f1', kind: 'overlap', top: 0.25, height: 0.01, active: false },
      { findingId: 'f2', kind: 'overlap', top: 0.75, height: 0.002, active: false }
    ])
  })

  it('draws findings of one kind that would touch in the gutter as one mark covering them', () => {
    const marks = gutterMarks(
      pane([
        spot('f1', 'overlap', 1_000),
        spot('f2', 'overlap', 1_030),
        spot('f3', 'overlap', 1_045)
      ])
    )
    expect(marks).toHaveLength(1)
    expect(marks[0]?.findingId).toBe('f1')
    expect(marks[0]?.top).toBeCloseTo(0.1)
    expect(marks[0]?.height).toBeCloseTo(0.0065)
  })

  it('keeps touching findings of different kinds apart, so each colour shows', () => {
    const marks = gutterMarks(
      pane([spot('f1', 'overlap', 1_000), spot('f2', 'contradiction', 1_010)])
    )
    expect(marks.map((m) => m.kind)).toEqual(['overlap', 'contradiction'])
  })

  it('leaves out passages that could not be measured', () => {
    expect(gutterMarks(pane([null, spot('f2', 'duplicate', 500)]))).toHaveLength(1)
  })

  it('marks the selected finding on top of the merged marks, even when merged away', () => {
    const p = pane([spot('f1', 'overlap', 1_000), spot('f2', 'overlap', 1_030)])
    expect(gutterMarks(p).map((m) => m.findingId)).toEqual(['f1'])
    expect(activeMarks(p, 'f2')).toEqual([
      { findingId: 'f2', kind: 'overlap', top: 0.103, height: 0.002, active: true }
    ])
    expect(activeMarks(p, null)).toEqual([])
  })
})

describe('scroll-sync anchors', () => {
  it('pairs the tops of the passages two panes share, in both directions, sorted', () => {
    const left = pane([
      spot('b', 'overlap', 900),
      spot('a', 'overlap', 100),
      spot('solo', 'overlap', 50)
    ])
    const right = pane([spot('a', 'overlap', 300), spot('b', 'paraphrase', 700)])
    const anchors = anchorPairs([left, right])
    expect(anchors.get('0>1')).toEqual([
      { from: 100, to: 300 },
      { from: 900, to: 700 }
    ])
    expect(anchors.get('1>0')).toEqual([
      { from: 300, to: 100 },
      { from: 700, to: 900 }
    ])
  })

  it('has no anchors between panes that share nothing', () => {
    const anchors = anchorPairs([pane([spot('a', 'overlap', 1)]), pane([spot('b', 'overlap', 2)])])
    expect(anchors.size).toBe(0)
  })
})
