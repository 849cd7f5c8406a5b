import { describe, expect, it } from 'vitest'
import { gradeKey, gradeText } from './grade'

describe('grade text', () => {
  it('writes a grade as the exports print it and the briefing filters on it', () => {
    expect(gradeText({ reliability: 'B', credibility: 2 })).toBe('B2')
    expect(gradeText({ reliability: 'C' })).toBe('C')
    expect(gradeText({ credibility: 3 }, '–')).toBe('–3')
    expect(gradeText({})).toBe('')
    expect(gradeKey({ reliability: 'C' })).toBe('C')
    expect(gradeKey(undefined)).toBe('ungraded')
  })
})
