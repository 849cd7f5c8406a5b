import { describe, expect, it } from 'vitest'
import { splitSentences } from './sentences'

const split = (text: string): string[] =>
  splitSentences(text).map((s) => text.slice(s.start, s.end))

describe('splitSentences', () => {
  it('does not end sentences at abbreviations, initials or decimals', () => {
    expect(
      split('Mr. Blinken met Jens H. Stoltenberg in the U.S. capital. Output grew 1.5 percent.')
    ).toEqual([
      'Mr. Blinken met Jens H. Stoltenberg in the U.S. capital.',
      'Output grew 1.5 percent.'
    ])
  })

  it('keeps closing quotes with the sentence they end', () => {
    expect(split('He said, “We will prevail.” Then he left! Did he?')).toEqual([
      'He said, “We will prevail.”',
      'Then he left!',
      'Did he?'
    ])
  })

  it('always ends a sentence at a line break, and trims whitespace', () => {
    const text = '  Loading\nRead also: Minsk talks\n\nA full sentence.  '
    expect(split(text)).toEqual(['Loading', 'Read also: Minsk talks', 'A full sentence.'])
    expect(splitSentences(text)[0]).toEqual({ start: 2, end: 9 })
  })
})
