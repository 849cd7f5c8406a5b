import { describe, expect, it } from 'vitest'
import { mergeSpans } from './spans'

describe('mergeSpans', () => {
  it('joins overlapping and touching highlights and keeps separate ones apart, in order', () => {
    const spans = [
      { start: 50, end: 60 },
      { start: 0, end: 10 },
      { start: 5, end: 20 },
      { start: 20, end: 25 },
      { start: 55, end: 58 },
      { start: 30, end: 30 }
    ]
    expect(mergeSpans(spans)).toEqual([
      { start: 0, end: 25 },
      { start: 50, end: 60 }
    ])
  })

  it('leaves its input untouched', () => {
    const spans = [
      { start: 0, end: 10 },
      { start: 5, end: 20 }
    ]
    mergeSpans(spans)
    expect(spans).toEqual([
      { start: 0, end: 10 },
      { start: 5, end: 20 }
    ])
  })
})
