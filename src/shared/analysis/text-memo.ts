import { splitSentences, type Span } from '../text/sentences'
import { tokenize, type Tokens } from '../text/tokens'

/**
 * The tokens and sentences of the text read last. Engines sharing a thread (overlap and
 * paraphrase) each read every added document right after the other, so one entry is enough
 * to tokenize and split it once. Callers only read the results.
 */
let last: { text: string; tokens?: Tokens; sentences?: Span[] } = { text: '' }

const entry = (text: string): typeof last => (last.text === text ? last : (last = { text }))

export function tokensOf(text: string): Tokens {
  const e = entry(text)
  return (e.tokens ??= tokenize(text))
}

export function sentenceSpansOf(text: string): Span[] {
  const e = entry(text)
  return (e.sentences ??= splitSentences(text))
}
