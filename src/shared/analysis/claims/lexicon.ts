/** Sentence words for the claim rules, and lookups in the shared word tables. */
import { stem } from './stem'
import { COMPOUNDS, ENTITY, SYNONYM } from './tables'

export * from './stem'
export * from './tables'

/** A word of a sentence with its offsets into the article text. */
export type Word = {
  /** The word as written (curly apostrophes made straight). */
  raw: string
  /** Lower case, possessive 's dropped, thousands commas dropped. */
  lower: string
  start: number
  end: number
  /** First letter is upper case. */
  cap: boolean
}

// Letters/digits with inner apostrophes, hyphens, and digit separators ("10,000", "1.5").
const WORD_RE = /[\p{L}\p{N}]+(?:(?:['’-]|[.,](?=\d))[\p{L}\p{N}]+)*|[$€£¥%]/gu

/** Words of text[start, end), offsets into the whole text. Used on a few sentences only. */
export function wordsOf(text: string, start: number, end: number): Word[] {
  const out: Word[] = []
  const s = text.slice(start, end)
  WORD_RE.lastIndex = 0
  for (let m = WORD_RE.exec(s); m; m = WORD_RE.exec(s)) {
    // Most words hold no curly apostrophe, possessive or digit comma: skip those regexes.
    const raw = m[0].includes('’') ? m[0].replace(/’/g, "'") : m[0]
    let lower = raw.toLowerCase()
    if (lower.endsWith("'s")) lower = lower.slice(0, -2)
    if (lower.includes(',')) lower = lower.replace(/(\d),(?=\d)/g, '$1')
    const c = raw.charCodeAt(0)
    out.push({
      raw,
      lower,
      start: start + m.index,
      end: start + m.index + m[0].length,
      cap: c >= 65 && c <= 90
    })
  }
  return out
}

/** A word's entry in a class table, by its lower-case form or its stem. */
export const classOf = (table: Record<string, string>, lower: string): string | undefined =>
  table[lower] ?? table[lower.replace(/s$/, '')] ?? table[stem(lower)]

/** First words of the two-word names: most words start none, so no pair string is built. */
const COMPOUND_FIRST = new Set(Object.keys(COMPOUNDS).map((k) => k.split(' ')[0]))

/** Looks up a word, joining "North Korean" style pairs; returns the entity and words used. */
export function entityAt(words: Word[], i: number): { entity: string; used: number } | undefined {
  const w = words[i]
  if (!w) return undefined
  const next = words[i + 1]
  if (next && COMPOUND_FIRST.has(w.lower)) {
    const pair = COMPOUNDS[`${w.lower} ${next.lower}`]
    if (pair && ENTITY[pair]) return { entity: ENTITY[pair] as string, used: 2 }
  }
  if (w.raw === 'US' || w.raw === 'U.S') return { entity: 'us', used: 1 }
  if (!w.cap) return undefined
  const e = ENTITY[w.lower]
  return e ? { entity: e, used: 1 } : undefined
}

const canon = new Map<string, string>()

/** A word's canonical term: entity name, else the synonym of its stem, else its stem. */
export function canonical(word: string): string {
  let c = canon.get(word)
  if (c === undefined) {
    if (canon.size >= 1 << 16) canon.clear()
    c = canonicalOnce(word)
    canon.set(word, c)
  }
  return c
}

function canonicalOnce(word: string): string {
  // The fast tokenizer drops apostrophes, so "Korea's" arrives as "koreas".
  const e = ENTITY[word] ?? (word.endsWith('s') ? ENTITY[word.slice(0, -1)] : undefined)
  if (e) return e
  const c = COMPOUNDS[word]
  if (c) return ENTITY[c] ?? c
  const s = stem(word)
  return SYNONYM[s] ?? SYNONYM[word] ?? s
}
