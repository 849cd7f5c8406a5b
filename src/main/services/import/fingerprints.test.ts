import { readSeed } from '../../../../test-support/seeds'

import { describe, expect, it } from 'vitest'
import { contentHash, nearDuplicateScore, paragraphFingerprints } from './fingerprints'

const seed003 = readSeed('003')

describe('exact duplicates', () => {
  it('gives identical text the same SHA-256 and any change a different one', () => {
    expect(contentHash('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
    )
    expect(contentHash(seed003)).toBe(contentHash(String(seed003)))
    expect(contentHash(seed003)).not.toBe(contentHash(seed003 + ' '))
  })
})

describe('near duplicates', () => {
  it('scores a republished copy with retyped quotes and extra spacing as a full match', () => {
    const copy = seed003.replace(/[“”]/g, '"').replace(/’/g, "'").replace(/ /g, '  ').toUpperCase()
    expect(nearDuplicateScore(paragraphFingerprints(copy), paragraphFingerprints(seed003))).toBe(1)
  })

  it('scores an edited version by the share of paragraphs kept', () => {
    const paras = seed003.split('\n\n')
    const edited = [
      ...paras.slice(0, 10),
      'A new closing paragraph written by another outlet entirely.'
    ].join('\n\n')
    const a = paragraphFingerprints(edited)
    expect(nearDuplicateScore(a, paragraphFingerprints(seed003))).toBeCloseTo(10 / 11)
  })

  it('is asymmetric: an article quoted whole inside a longer one scores 1 only from the short side', () => {
    const short = seed003.split('\n\n').slice(0, 4).join('\n\n')
    const s = paragraphFingerprints(short)
    const l = paragraphFingerprints(seed003)
    expect(nearDuplicateScore(s, l)).toBe(1)
    expect(nearDuplicateScore(l, s)).toBeLessThan(0.5)
  })

  it('ignores very short paragraphs such as "Loading" that recur across unrelated pages', () => {
    expect(
      paragraphFingerprints('Loading\n\nRead more\n\nA real paragraph of the story.')
    ).toHaveLength(1)
  })

  it('scores unrelated articles 0 and an empty article 0', () => {
    const other = readSeed('004')
    expect(nearDuplicateScore(paragraphFingerprints(other), paragraphFingerprints(seed003))).toBe(0)
    expect(nearDuplicateScore([], paragraphFingerprints(seed003))).toBe(0)
  })
})
