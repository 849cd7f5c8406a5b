import { describe, expect, it } from 'vitest'
import { move } from './reorder'

describe('moving a briefing section', () => {
  const sections = ['summary', 'sources', 'agree', 'disagree']
  it('moves down, up, and to the ends', () => {
    expect(move(sections, 0, 1)).toEqual(['sources', 'summary', 'agree', 'disagree'])
    expect(move(sections, 3, 2)).toEqual(['summary', 'sources', 'disagree', 'agree'])
    expect(move(sections, 1, 3)).toEqual(['summary', 'agree', 'disagree', 'sources'])
  })
  it('stays put past either end instead of dropping an item', () => {
    expect(move(sections, 0, -1)).toEqual(sections)
    expect(move(sections, 3, 9)).toEqual(sections)
  })
})
