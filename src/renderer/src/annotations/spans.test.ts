import { describe, expect, it } from 'vitest'
import { paintSegments } from './spans'

describe('paintSegments', () => {
  it('gives each character one colour: the shortest annotation over it wins', () => {
    const out = paintSegments([
      { start: 0, end: 100, color: 'yellow' },
      { start: 20, end: 30, color: 'red' },
      { start: 25, end: 40, color: 'blue' },
      { start: 90, end: 120, color: 'yellow' },
      { start: 200, end: 210, color: 'green' }
    ])
    expect(out).toEqual([
      { start: 0, end: 20, color: 'yellow' },
      { start: 20, end: 30, color: 'red' },
      { start: 30, end: 40, color: 'blue' },
      { start: 40, end: 120, color: 'yellow' },
      { start: 200, end: 210, color: 'green' }
    ])
  })

  it('covers exactly the union of the spans', () => {
    const spans = Array.from({ length: 300 }, (_, i) => ({
      start: (i * 37) % 1000,
      end: ((i * 37) % 1000) + 5 + (i % 40),
      color: ['a', 'b', 'c'][i % 3] as string
    }))
    const covered = (list: { start: number; end: number }[]): number => {
      const at = new Set<number>()
      for (const s of list) for (let c = s.start; c < s.end; c++) at.add(c)
      return at.size
    }
    const out = paintSegments(spans)
    expect(covered(out)).toBe(covered(spans))
    for (let i = 1; i < out.length; i++)
      expect(out[i]?.start).toBeGreaterThanOrEqual(out[i - 1]?.end ?? 0)
  })
})
