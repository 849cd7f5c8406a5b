import type { TextPositionSelector, TextQuoteSelector } from '../model'

/** Characters of context kept either side of a quote: enough to tell repeated quotes apart. */
export const CONTEXT_CHARS = 32

/**
 * The two W3C selectors for [start, end) of `text`: the quote with its context, and the
 * offsets. Throws on a range outside the text, which callers validate first.
 */
export function describe(
  text: string,
  start: number,
  end: number
): { quote: TextQuoteSelector; position: TextPositionSelector } {
  if (!(start >= 0 && end > start && end <= text.length))
    throw new RangeError(
      `The range ${start}-${end} is outside a text of ${text.length} characters.`
    )
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
      suffix: text.slice(end, end + CONTEXT_CHARS)
    },
    position: { type: 'TextPositionSelector', start, end }
  }
}
