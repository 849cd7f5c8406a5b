import { describe, expect, it } from 'vitest'
import { wordsOf } from './lexicon'
import { roleVerdict } from './pair-rules'
import { rolesIn, type RoleMention } from './roles'

const role = (sentence: string): RoleMention | undefined =>
  rolesIn(wordsOf(sentence, 0, sentence.length), sentence)[0]
const conflict = (a: string, b: string): string | undefined => {
  const x = role(a)
  const y = role(b)
  return x && y ? (roleVerdict(x, y, undefined, undefined)?.explanation as string) : undefined
}

// Sentences from real news (ECB+ dev split).
describe('roles on real news', () => {
  it('reads a post whose field comes before its head, and sets two posts of one person apart', () => {
    expect(
      conflict(
        'Malware authors have a new twist, Dave Marcus, security research and communications director at McAfee Labs, told InternetNews.com.',
        'It gets posted quickly, said Dave Marcus, security research and communications manager for McAfee.'
      )
    ).toBe(
      'role: Dave Marcus is security research and communications director vs security research and communications manager (article dates unknown)'
    )
  })

  it('sets rank against rank, but not a rank against a post', () => {
    const commodore =
      '"We fired in self-defense," Commodore Nirad Sinha, a navy spokesman, told CNN.'
    expect(
      conflict(commodore, 'The pirates were repulsed, navy spokesman Commander Nirad Sinha said.')
    ).toMatch(/^role: Nirad Sinha is commodore vs commander/)
    expect(
      conflict(commodore, 'Nirad Sinha, a navy spokesman, said the ship was a pirate vessel.')
    ).toBeUndefined()
  })

  it('leaves out a former post', () => {
    expect(
      role('said Jamie Rappaport Clark, a former director of the Fish and Wildlife Service')
    ).toBeUndefined()
  })
})
