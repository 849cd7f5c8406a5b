import type { TextPositionSelector, TextQuoteSelector } from '../model'
import { exactMatch, fuzzyMatch, scoreAt, type QuoteMatch } from './match-quote'
import { OffsetMap } from './offset-map'

/**
 * Below this confidence an annotation is an orphan: listed under "Needs attention" with its
 * quote and never placed. A quote with a word changed scores about 0.95; an unrelated
 * passage that happens to be within a quarter of the quote's length in edits scores under 0.7.
 */
export const MIN_CONFIDENCE = 0.75

/** Where an annotation sits on the current text, or why it could not be placed. */
export type Placement =
  | { status: 'exact' | 'fuzzy'; start: number; end: number; confidence: number }
  | { status: 'orphan'; confidence: number }

export type Anchorable = { id: string; quote: TextQuoteSelector; position: TextPositionSelector }

/** Characters searched either side of the expected place before searching the whole text. */
const WINDOW = 2_000

const round = (n: number): number => Math.round(n * 1000) / 1000

/**
 * Places one quote on `text` the Hypothesis way: the position first, checked against the
 * quote; then verbatim occurrences scored by context and distance; then a fuzzy search near
 * the expected place, then over the whole text. Best score wins; below MIN_CONFIDENCE it is
 * an orphan, so nothing is ever moved somewhere it merely resembles.
 */
export function anchor(text: string, quote: TextQuoteSelector, hint: number): Placement {
  const len = quote.exact.length
  if (len === 0) return { status: 'orphan', confidence: 0 }
  if (text.slice(hint, hint + len) === quote.exact) {
    const at = { start: hint, end: hint + len, errors: 0 }
    // Right text in the right place: only a changed context lowers the confidence.
    return { status: 'exact', ...pick(at), confidence: round(scoreAt(text, quote, at, hint)) }
  }
  const exact = exactMatch(text, quote, hint)
  if (exact && exact.score >= MIN_CONFIDENCE) return placed('exact', exact)
  const near = fuzzyMatch(text, quote, hint, hint - WINDOW, hint + len + WINDOW)
  const fuzzy =
    near && near.score >= MIN_CONFIDENCE ? near : better(near, fuzzyMatch(text, quote, hint))
  // A verbatim copy in the wrong context (a repeated phrase) must not win by default either.
  const found = better(exact, fuzzy)
  if (!found || found.score < MIN_CONFIDENCE)
    return { status: 'orphan', confidence: round(found?.score ?? 0) }
  return placed(found.errors === 0 ? 'exact' : 'fuzzy', found)
}

const pick = (m: { start: number; end: number }): { start: number; end: number } => ({
  start: m.start,
  end: m.end
})
const placed = (status: 'exact' | 'fuzzy', m: QuoteMatch): Placement => ({
  status,
  ...pick(m),
  confidence: round(m.score)
})
const better = (a: QuoteMatch | null, b: QuoteMatch | null): QuoteMatch | null =>
  !a ? b : !b ? a : b.score > a.score ? b : a

/**
 * Re-places annotations after `oldText` became `newText`. Each stored position is carried
 * through a paragraph diff of the two versions to where it should now be, and that is the
 * hint `anchor` tries first and searches around.
 */
export function reanchorAll(
  oldText: string,
  newText: string,
  items: readonly Anchorable[]
): { id: string; result: Placement }[] {
  const map = new OffsetMap(oldText, newText)
  return items.map((it) => ({
    id: it.id,
    result: anchor(newText, it.quote, map.map(it.position.start).offset)
  }))
}
