import { describe, expect, it } from 'vitest'
import { judgeParaphrase } from './model'

describe('paraphrase model', () => {
  const a = 'The company said its third-quarter profit rose 12 percent on strong sales of chips.'
  const b = 'Third-quarter profit at the company rose 12 percent on strong chip sales, it said.'

  it('gives the same verdict whichever sentence comes first', () => {
    expect(judgeParaphrase(a, b).p).toBeCloseTo(judgeParaphrase(b, a).p, 10)
  })

  it('calls a reworded report of the same fact a paraphrase', () => {
    const j = judgeParaphrase(a, b)
    expect(j.p).toBeGreaterThan(0.5)
    expect(j.veto).toBeUndefined()
  })

  it('scores a negated version of the same sentence below the faithful one', () => {
    const negated =
      'The company said its third-quarter profit did not rise on strong sales of chips.'
    expect(judgeParaphrase(a, negated).p).toBeLessThan(judgeParaphrase(a, b).p)
  })

  it('refuses a pair that shares only names', () => {
    const j = judgeParaphrase(
      'Angela Merkel met Emmanuel Macron in Berlin.',
      'Merkel and Macron disagree over Berlin budget rules, officials warned.'
    )
    expect(j.veto).toBe('names-only')
  })
})
