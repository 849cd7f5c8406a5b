import { describe, expect, it } from 'vitest'
import { clauseAdded } from './edited-copy'
import { judgeParaphrase } from './model'

const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []

describe('edited wire copies', () => {
  const short = 'Bush suffered a left knee injury against Carolina on October 19.'
  const long =
    'Bush suffered a left knee injury against Carolina on October 19 and missed the next four games following arthroscopic surgery.'

  it('reads a sentence with a clause added as an edited copy, in either order', () => {
    expect(clauseAdded(words(short), words(long))).toBe(true)
    expect(clauseAdded(words(long), words(short))).toBe(true)
    expect(judgeParaphrase(short, long).verbatim).toBe(true)
  })

  it('does not call a reworded report with scattered changes a copy', () => {
    const a =
      'Somali pirates have become increasingly brazen in recent months, seizing a number of vessels including a Saudi supertanker loaded with $100 million worth of crude oil.'
    const b = 'Somali pirates recently seized a Saudi supertanker loaded with $100 million of crude oil.'
    expect(clauseAdded(words(a), words(b))).toBe(false)
    expect(judgeParaphrase(a, b).verbatim).toBe(false)
  })

  it('does not call a headline inside a long lead a copy', () => {
    expect(
      judgeParaphrase(
        'Jackson arrested on DUI charge.',
        'Jackson was arrested on the DUI charge early Tuesday morning by the California Highway Patrol.'
      ).verbatim
    ).toBe(false)
  })

  it('keeps a copy whose figure changed out of overlap', () => {
    expect(
      judgeParaphrase(short, short.replace('October 19', 'October 21') + ' He missed four games.')
        .verbatim
    ).toBe(false)
  })
})
