import { describe, expect, it } from 'vitest'
import { claimsOf, type QuantityClaim } from './doc-claims'
import { figureText } from './number-rule'

/** The comparable figures of one sentence from real news (ECB+ dev split), as "frame = value". */
const framed = (sentence: string): string[] =>
  claimsOf(sentence, [{ start: 0, end: sentence.length }], undefined).quantities.map(
    (q: QuantityClaim) => `${q.frame} = ${figureText(q)}`
  )

describe('figures on real news', () => {
  it('reads a win-loss record after a name, whatever title comes before it', () => {
    expect(
      framed('Wladimir Klitschko (52-3, 46 KOs) stopped Hasim Rahman in the seventh.')
    ).toEqual(['record|klitschko = 52-3'])
    expect(
      framed(
        'On the undercard, former heavyweight champion Riddick Bowe (43-1) scored a decision over Gene Pukall (14-13-2).'
      )
    ).toEqual(['record|bowe = 43-1', 'record|pukall = 14-13'])
    // A record entering an earlier fight is not the record after this one.
    expect(framed('Klitschko, 51-3 entering the fight, was favoured.')).toEqual([])
  })

  it('reads a euro sign lost in plain text, and a sum stolen whatever the loot is called', () => {
    expect(framed('Robbers in drag steal e80 million from Paris diamond store.')).toEqual([
      'money|EUR|stolen|| = €80 million'
    ])
    expect(
      framed(
        'Armed robbers stole gems worth 85 million euros (74 million pounds) from jewellers in Paris.'
      )
    ).toEqual(['money|EUR|stolen|| = €85 million'])
  })

  it('names the counted people across wordings: villagers injured, members seized, people arrested', () => {
    expect(
      framed('Several units were damaged and two villagers slightly injured, the governor said.')
    ).toEqual(['outcome|wounded|people| = 2'])
    expect(
      framed(
        'Gaetano Lo Presti, one of 99 alleged Sicilian Mafia members seized on Tuesday, hanged himself.'
      )
    ).toContain('outcome|detained|people| = 99')
    expect(
      framed('It helped lead to the police sweep on Tuesday in which 89 people were arrested.')
    ).toEqual(['outcome|detained|people| = 89'])
  })

  it('keeps a clause about the event beside a background clause, and leaves out parts and earlier episodes', () => {
    expect(
      framed(
        'The Interior Department proposed the new regulations in May and since has received nearly 300,000 comments.'
      )
    ).toEqual(['outcome|received|comment| = nearly 300,000'])
    expect(
      framed(
        'The agency received nearly 235,000 comments on the proposal, at least 208,000 of which were form letters.'
      )
    ).toEqual(['outcome|received|comment| = nearly 235,000'])
    expect(framed('Early November, the British Royal Navy had captured eight pirates.')).toEqual([])
    expect(framed('Last year, a similar quake killed 300 people in the same province.')).toEqual([])
  })
})
