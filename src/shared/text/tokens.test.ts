import { describe, expect, it } from 'vitest'
import { hashWord, tokenize, words } from './tokens'

describe('tokenize', () => {
  it('gives words with offsets into the text', () => {
    const text = 'NATO’s “flagship project”: 10,000 troops, 1.5 km away.'
    const t = tokenize(text)
    const spans = Array.from({ length: t.count }, (_, k) => text.slice(t.starts[k], t.ends[k]))
    expect(spans).toEqual([
      'NATO’s',
      'flagship',
      'project',
      '10,000',
      'troops',
      '1.5',
      'km',
      'away'
    ])
  })

  it('hashes the same word the same despite case and apostrophe style', () => {
    const t = tokenize("Russia's RUSSIA’S russias")
    expect(new Set(t.hashes).size).toBe(1)
    expect(hashWord('Europe')).toBe(hashWord('europe'))
    expect(hashWord('can')).not.toBe(hashWord('could'))
  })

  it('splits hyphenated words and keeps accented letters', () => {
    expect(words('far-reaching São Paulo café, Zelenskyy')).toEqual([
      'far',
      'reaching',
      'são',
      'paulo',
      'café',
      'zelenskyy'
    ])
  })

  it('keeps thousands separators out of the normalised number but decimals in', () => {
    expect(words('10,000 and 10000 but 1.5')).toEqual(['10000', 'and', '10000', 'but', '1.5'])
    expect(hashWord('10,000')).toBe(hashWord('10000'))
  })
})
