import { describe, expect, it } from 'vitest'
import { syncedScrollTop } from './scroll-sync'

describe('scroll sync aligned on matched passages', () => {
  const anchors = [
    { from: 100, to: 400 },
    { from: 500, to: 600 }
  ]

  it('lines up a matched passage exactly when it reaches the top of the scrolled pane', () => {
    expect(syncedScrollTop(100, anchors)).toBe(400)
    expect(syncedScrollTop(500, anchors)).toBe(600)
  })

  it('interpolates between two matches instead of using the scroll percentage', () => {
    expect(syncedScrollTop(300, anchors)).toBe(500)
  })

  it('moves both panes together before the first and after the last match', () => {
    expect(syncedScrollTop(40, anchors)).toBe(340)
    expect(syncedScrollTop(900, anchors)).toBe(1000)
  })

  it('finds the matches around the scroll position among many, given in any order', () => {
    const many = Array.from({ length: 2_000 }, (_, i) => ({ from: i * 100, to: i * 100 + 50 }))
    const shuffled = [...many.filter((_, i) => i % 2), ...many.filter((_, i) => i % 2 === 0)]
    expect(syncedScrollTop(123_440, shuffled)).toBeCloseTo(123_490)
    expect(syncedScrollTop(50_000, shuffled)).toBe(50_050)
  })

  it('falls back to the same scroll offset when the panes share no passage', () => {
    expect(syncedScrollTop(250, [])).toBe(250)
  })
})
