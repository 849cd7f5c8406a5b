import { describe, expect, it } from 'vitest'
import { wordsOf } from './lexicon'
import { compareQuantities } from './number-rule'
import { quantitiesIn, type Quantity } from './quantities'

const quantities = (text: string): Quantity[] => quantitiesIn(wordsOf(text, 0, text.length), text)
const one = (text: string): Quantity => {
  const q = quantities(text)
  expect(q).toHaveLength(1)
  return q[0] as Quantity
}
const conflict = (a: string, b: string): string | undefined =>
  compareQuantities(one(a), one(b))?.explanation

describe('quantities', () => {
  it('reads digits, number words, scales, currency and qualifiers', () => {
    expect(one('Zelenskyy claimed that 10,000 North Korean soldiers could join').lo).toBe(10000)
    expect(one('Ten thousand protesters gathered').lo).toBe(10000)
    expect(one('six North Korean officers were killed').lo).toBe(6)
    expect(one('1.5 million people have fled').lo).toBe(1.5e6)
    const money = one('The government pledged $2.6 million in aid')
    expect([money.lo, money.unit, money.head]).toEqual([2.6e6, 'USD', 'aid'])
    const range = one('Between 200 and 300 prisoners were released')
    expect([range.lo, range.hi]).toEqual([200, 300])
    expect(one('up to 12,000 North Korean combat troops').qualifier).toBe('upto')
    expect(one('about 300 homes were destroyed').qualifier).toBe('about')
    expect(one('At least 5 people were killed').qualifier).toBe('atleast')
    expect(one('more than 1,000 homes were destroyed').qualifier).toBe('morethan')
  })

  it('keys a count by head class, event and the named group', () => {
    const q = one('10,000 North Korean soldiers could join Russian forces')
    expect([q.head, q.event, q.entity]).toEqual(['troops', 'deployed', 'north_korea'])
    expect(one('24 dead in the strike').head).toBe(one('5 people were killed').head)
    expect(one('24 dead in the strike').event).toBe('killed')
  })

  it('leaves out years, dates, durations, article numbers, conversions and parts', () => {
    expect(quantities('Putin visited North Korea for the first time in 24 years in June')).toEqual(
      []
    )
    expect(quantities('officers were killed on October 3')).toEqual([])
    expect(quantities('a clause similar to Article 5 of NATO')).toEqual([])
    expect(quantities('to fight in 2025 or later')).toEqual([])
    expect(quantities('The contract is worth €100 million ($108 million)')).toHaveLength(1)
    expect(quantities('a $50 million deal, $20 million of it in stock')).toHaveLength(1)
  })
})

describe('number conflicts', () => {
  it('explains what conflicts, with head nouns that match by class', () => {
    expect(
      conflict(
        '10,000 North Korean soldiers could join',
        'up to 12,000 North Korean troops have been deployed'
      )
    ).toBe('number: 10,000 vs up to 12,000 (North Korean soldiers/troops deployed)')
    expect(
      conflict('Six soldiers died in the ambush', 'Nine troops were killed in the ambush')
    ).toMatch(/^number: 6 vs 9 /)
  })

  it('shows "at least 5" against "24" but not "up to 12,000" against "12,000"', () => {
    expect(conflict('At least 5 people were killed', 'The strike killed 24 people')).toMatch(
      /at least 5 vs 24/
    )
    expect(
      conflict(
        'up to 12,000 North Korean troops were deployed',
        '12,000 North Korean troops were deployed'
      )
    ).toBeUndefined()
  })

  it('lets an estimate agree with a figure inside it, and a range with a figure in range', () => {
    expect(
      conflict('About 10,000 soldiers are in Russia', '10,500 soldiers are in Russia')
    ).toBeUndefined()
    expect(
      conflict('Between 200 and 300 prisoners were released', '250 prisoners were released')
    ).toBeUndefined()
    expect(
      conflict('Between 200 and 300 prisoners were released', '500 prisoners were released')
    ).toBeDefined()
  })

  it('does not compare different things, events or currencies', () => {
    expect(
      conflict('The army deployed 5,000 troops', 'The army deployed 8,000 drones')
    ).toBeUndefined()
    expect(conflict('Six soldiers were killed', '200 soldiers were trained')).toBeUndefined()
    expect(conflict('a €100 million deal', 'a $120 million deal')).toBeUndefined()
  })
})
