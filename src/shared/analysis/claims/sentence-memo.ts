import type { Span } from '../../text/sentences'
import { boundedMemo } from '../bounded-memo'

/**
 * Characters either side of a sentence that its extractors may read: a figure's lead-in ("40
 * million (" marks a conversion), a clock time or date right after it. Two sentences with the
 * same text in the same surroundings, this far out, have the same claims.
 */
export const CLAIM_CONTEXT = 64

/** Past this many sentences the memo starts afresh, so memory stays bounded on any input. */
const MEMO_SIZE = 1 << 15

/**
 * What the extractors read of a sentence, memoised by its text, its surroundings and `extra`
 * (whatever else the reading depends on, such as the article's date). Wire copies repeat most
 * sentences verbatim, so a library pays for each distinct sentence once. A hit is the stored
 * reading moved to this sentence's offsets by `move` (which must return fresh objects, so no
 * caller ever holds the stored ones); a miss reads the sentence where it stands.
 */
export function createSentenceMemo<T>(
  move: (value: T, by: number) => T
): (text: string, span: Span, extra: string, read: () => T) => T {
  const memo = boundedMemo<T>(MEMO_SIZE)
  return (text, span, extra, read) => {
    const from = Math.max(0, span.start - CLAIM_CONTEXT)
    const to = Math.min(text.length, span.end + CLAIM_CONTEXT)
    // Where the sentence sits in its window is part of the key: near the top of an article the
    // window is cut short, and what precedes the sentence differs.
    const key = `${extra}|${span.start - from}|${span.end - span.start}|${text.slice(from, to)}`
    let fresh: T | undefined
    const stored = memo(key, () => move((fresh = read()), -from))
    return fresh ?? move(stored, from)
  }
}

/** A span moved by `by` characters. */
export const moved = <S extends Span>(s: S, by: number): S => ({
  ...s,
  start: s.start + by,
  end: s.end + by
})
