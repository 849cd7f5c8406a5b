import { describe, expect, it } from 'vitest'
import { wordDiff } from './diff'

describe('wordDiff', () => {
  it('shows the changed words of a near-identical sentence', () => {
    expect(
      wordDiff(
        'instability in Europe can have far-reaching consequences across the world',
        'instability in Europe could have far-reaching consequences around the world'
      )
    ).toEqual([
      { op: 'equal', text: 'instability in Europe ' },
      { op: 'delete', text: 'can' },
      { op: 'insert', text: 'could' },
      { op: 'equal', text: ' have far-reaching consequences ' },
      { op: 'delete', text: 'across' },
      { op: 'insert', text: 'around' },
      { op: 'equal', text: ' the world' }
    ])
  })

  it('returns one equal part for identical text and one delete + insert when unrelated', () => {
    expect(wordDiff('same words', 'same words')).toEqual([{ op: 'equal', text: 'same words' }])
    const a = Array.from({ length: 400 }, (_, i) => `alpha${i}`).join(' ')
    const b = Array.from({ length: 400 }, (_, i) => `beta${i}`).join(' ')
    expect(wordDiff(a, b)).toEqual([
      { op: 'delete', text: a },
      { op: 'insert', text: b }
    ])
  })
})
