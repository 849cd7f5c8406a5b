import { describe, expect, it } from 'vitest'
import { quoteSpans, speakerOf } from './quotes'

const quotes = (text: string): string[] => quoteSpans(text).map((s) => text.slice(s.start, s.end))

describe('quoteSpans', () => {
  it('pairs curly, straight and single quotes but not apostrophes', () => {
    expect(quotes('Russia’s “war economy” and "Victory plan" and ‘flagship project’ too')).toEqual([
      'war economy',
      'Victory plan',
      'flagship project'
    ])
  })

  it('never lets an unbalanced quote run past the line', () => {
    expect(quotes('He said “we will\nNext line "quoted" here')).toEqual(['quoted'])
  })
})

describe('speakerOf', () => {
  const speaker = (text: string): string | undefined => speakerOf(text, quoteSpans(text)[0]!)

  it('finds the name after or before the quotation', () => {
    expect(speaker('"We will not accept it," said Mark Rutte.')).toBe('Mark Rutte')
    expect(speaker('“Putin will not get his way,” Rutte said.')).toBe('Rutte')
    expect(speaker('NATO Secretary General Stoltenberg said that “Russia has not won.”')).toBe(
      'NATO Secretary General Stoltenberg'
    )
  })

  it('resolves a pronoun to the last named speaker', () => {
    expect(speaker('Mark Rutte spoke first.\n“Our world is closely linked,” he said.')).toBe(
      'Mark Rutte'
    )
  })

  it('reads a speaker behind a title, with initials, and a joint statement as one speaker', () => {
    expect(
      speaker(
        '"We\'re aware of the issue involving Vincent," Chargers general manager A.J. Smith said.'
      )
    ).toBe('A.J. Smith')
    expect(speaker('"We will stand by the agreement," Zadan and Meron said.')).toBe(
      'Zadan and Meron'
    )
  })

  it('reads a speaker whose appositive stands between the name and the verb', () => {
    expect(
      speaker(
        '"The vessel was a pirate mother ship," Commodore Nirad Sinha, a navy spokesman, told CNN.'
      )
    ).toBe('Commodore Nirad Sinha')
    expect(
      speaker('Brad Baehr, an officer with the Highway Patrol, said “he was on probation.”')
    ).toBe('Brad Baehr')
  })

  it("does not take the next sentence's subject or an earlier sentence's speaker", () => {
    expect(
      speaker('"This is a great honor to be here." Ty Lawson added 16 points for the Tar Heels.')
    ).toBeUndefined()
    expect(
      speaker('Hansbrough said as he stood alone at midcourt. "This is a great honor to be here."')
    ).toBeUndefined()
  })

  it('is undefined when nobody is named', () => {
    expect(speaker('The sign read “closed for winter” all week.')).toBeUndefined()
  })
})
