import { entityAt, type Word } from './lexicon'

const SCOPE_NOUN = /^(district|region|province|city|town|village|oblast|county|state|area)$/
const NATION = /^(country|nationwide|countrywide|nation)$/

/**
 * Where a sentence's counts apply: a named district or region ("Kherson district", "region of
 * Kursk"), 'nation' for "across the country", '' when it does not say. Two counts of the same
 * thing in different scopes are not a conflict (one district vs the whole country).
 */
export function scopeOf(words: Word[]): string {
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as Word
    if (NATION.test(w.lower)) return 'nation'
    if (!SCOPE_NOUN.test(w.lower)) continue
    const before = words[k - 1]
    if (before?.cap && !entityAt(words, k - 1)) return before.lower
    const of = words[k + 1]?.lower === 'of' ? words[k + 2] : undefined
    if (of?.cap) return of.lower
  }
  return ''
}
