import search from 'approx-string-match'
import type { TextQuoteSelector } from '../model'

/** A place for a quote in a text, with how sure we are of it (0..1). */
export type QuoteMatch = { start: number; end: number; score: number; errors: number }

/** Hypothesis's weights: the quote matters most, its context next, distance only breaks ties. */
const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 }
const TOTAL = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position

/** At most this share of a quote may differ for a fuzzy match to count at all. */
export const MAX_ERROR_SHARE = 0.25
/** Exact occurrences scored before giving up on context (a quote like "NATO" can repeat). */
const MAX_EXACT_CANDIDATES = 500
/** Fuzzy candidates scored per search. */
const MAX_FUZZY_CANDIDATES = 50

/** 1 when `expected` occurs in `actual` unchanged, falling towards 0 with each edit. */
export function similarity(actual: string, expected: string): number {
  // Unchanged context is the common case; it needs no search.
  if (expected.length === 0 || actual === expected) return 1
  if (actual.length === 0) return 0
  const best = search(actual, expected, expected.length)[0]
  return best ? 1 - best.errors / expected.length : 0
}

/** The weighted score of a candidate place for `quote` in `text`, near `hint`. */
export function scoreAt(
  text: string,
  quote: TextQuoteSelector,
  m: { start: number; end: number; errors: number },
  hint: number
): number {
  const quoteScore = 1 - m.errors / Math.max(1, quote.exact.length)
  const before = text.slice(Math.max(0, m.start - quote.prefix.length), m.start)
  const after = text.slice(m.end, m.end + quote.suffix.length)
  const prefixScore = similarity(before, quote.prefix)
  const suffixScore = similarity(after, quote.suffix)
  const positionScore = 1 - Math.abs(m.start - hint) / Math.max(1, text.length)
  return (
    (WEIGHTS.quote * quoteScore +
      WEIGHTS.prefix * prefixScore +
      WEIGHTS.suffix * suffixScore +
      WEIGHTS.position * positionScore) /
    TOTAL
  )
}

const best = (ms: QuoteMatch[]): QuoteMatch | null =>
  ms.reduce<QuoteMatch | null>((b, m) => (!b || m.score > b.score ? m : b), null)

/** Every verbatim occurrence of the quote, scored by its context and distance from `hint`. */
export function exactMatch(
  text: string,
  quote: TextQuoteSelector,
  hint: number
): QuoteMatch | null {
  const found: QuoteMatch[] = []
  for (let at = text.indexOf(quote.exact); at >= 0 && found.length < MAX_EXACT_CANDIDATES;) {
    const m = { start: at, end: at + quote.exact.length, errors: 0 }
    found.push({ ...m, score: scoreAt(text, quote, m, hint) })
    at = text.indexOf(quote.exact, at + 1)
  }
  return best(found)
}

/**
 * The best approximate place for the quote in text[from, to), allowing up to MAX_ERROR_SHARE
 * of it to differ. Myers' bit-parallel search (approx-string-match) costs about
 * (quote length / 32) steps per character searched, so callers search a window first.
 */
export function fuzzyMatch(
  text: string,
  quote: TextQuoteSelector,
  hint: number,
  from = 0,
  to = text.length
): QuoteMatch | null {
  const maxErrors = Math.min(256, Math.floor(quote.exact.length * MAX_ERROR_SHARE))
  const lo = Math.max(0, from)
  const found = search(text.slice(lo, Math.min(text.length, to)), quote.exact, maxErrors)
    .slice(0, MAX_FUZZY_CANDIDATES)
    .map((m) => {
      const at = { start: m.start + lo, end: m.end + lo, errors: m.errors }
      return { ...at, score: scoreAt(text, quote, at, hint) }
    })
  return best(found)
}
