import { boilerplateSpans } from '../../text/boilerplate'
import { quoteSpans } from '../../text/quotes'
import type { Span } from '../../text/sentences'
import { STOP_HASHES } from '../../text/stop-words'
import type { Tokens } from '../../text/tokens'
import { sentenceSpansOf, tokensOf } from '../text-memo'
import type { EngineDoc } from '../engine'

/** Shingle length in words. 4 keeps "shown that instability in" specific enough to index. */
export const K = 4
/** Winnowing window: with k=4, w=2 every exact run of k+w-1 = 5 words leaves a fingerprint. */
export const W = 2

/** Word positions fit in 20 bits (see seeds.ts). */
const MAX_WORDS = 1 << 20

export const CONTENT = 1
export const BOILERPLATE = 2
export const QUOTED = 4

/** Everything the overlap engine keeps about one document, computed once when it is added. */
export type Features = {
  num: number
  doc: EngineDoc
  tokens: Tokens
  /** Per word: CONTENT (not a stop word), BOILERPLATE, QUOTED bits. */
  flags: Uint8Array
  sentences: Span[]
  /** Per word: the index of its sentence; and per sentence: how many words it has. */
  sentenceOf: Int32Array
  sentenceWords: Int32Array
  quotes: Span[]
  /** Winnowed fingerprints: shingle hash and the word position where the shingle starts. */
  fpHashes: Int32Array
  fpPositions: Int32Array
}

export function featuresOf(num: number, doc: EngineDoc): Features {
  const { text } = doc
  const tokens = tokensOf(text)
  const sentences = sentenceSpansOf(text)
  const quotes = quoteSpans(text)
  const flags = new Uint8Array(tokens.count)
  for (let k = 0; k < tokens.count; k++)
    if (!STOP_HASHES.has(tokens.hashes[k] as number)) flags[k] = CONTENT
  mark(tokens, flags, boilerplateSpans(text, sentences), BOILERPLATE)
  mark(tokens, flags, quotes, QUOTED)
  const { hashes, positions } = winnow(tokens.hashes, flags)
  const { sentenceOf, sentenceWords } = sentenceIndex(tokens, sentences)
  return {
    num,
    doc,
    tokens,
    flags,
    sentences,
    sentenceOf,
    sentenceWords,
    quotes,
    fpHashes: hashes,
    fpPositions: positions
  }
}

function sentenceIndex(
  tokens: Tokens,
  sentences: Span[]
): { sentenceOf: Int32Array; sentenceWords: Int32Array } {
  const sentenceOf = new Int32Array(tokens.count)
  const sentenceWords = new Int32Array(Math.max(1, sentences.length))
  let s = 0
  for (let k = 0; k < tokens.count; k++) {
    const at = tokens.starts[k] as number
    while (s < sentences.length - 1 && (sentences[s] as Span).end <= at) s++
    sentenceOf[k] = s
    sentenceWords[s] = (sentenceWords[s] as number) + 1
  }
  return { sentenceOf, sentenceWords }
}

/** Sets `bit` on every word that starts inside one of the (sorted) spans. */
function mark(tokens: Tokens, flags: Uint8Array, spans: Span[], bit: number): void {
  let s = 0
  for (let k = 0; k < tokens.count && s < spans.length; k++) {
    const at = tokens.starts[k] as number
    while (s < spans.length && (spans[s] as Span).end <= at) s++
    if (s < spans.length && (spans[s] as Span).start <= at) flags[k] = (flags[k] as number) | bit
  }
}

const NONE = 0xffffffff

/** The hash of the shingle of K words starting at `k`. */
export function shingleAt(hashes: Int32Array, k: number): number {
  let h = 0x12345
  for (let j = k; j < k + K; j++) h = Math.imul(h ^ (hashes[j] as number), 0x01000193)
  h ^= h >>> 16 // fmix32, so the minimum of a window is an unbiased pick
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  return (h ^ (h >>> 16)) | 0
}

/**
 * Winnowing (Schleimer, Wilkerson, Aiken 2003): the minimum shingle hash of every window of W,
 * rightmost on ties, each recorded once. Shingles that touch boilerplate or hold fewer than
 * two content words ("at the same time") are never fingerprints.
 */
export function winnow(
  hashes: Int32Array,
  flags: Uint8Array
): { hashes: Int32Array; positions: Int32Array } {
  // Seeds pack word positions into 20 bits: words past the millionth are not fingerprinted.
  const n = Math.min(hashes.length, MAX_WORDS) - K + 1
  if (n <= 0) return { hashes: new Int32Array(0), positions: new Int32Array(0) }
  const sh = new Float64Array(n)
  for (let k = 0; k < n; k++) sh[k] = eligible(flags, k) ? shingleAt(hashes, k) >>> 0 : NONE
  const outH = new Int32Array(n)
  const outP = new Int32Array(n)
  let m = 0
  let last = -1
  for (let k = 0; k + W <= n || (k === 0 && n < W); k++) {
    let best = -1
    for (let j = k; j < Math.min(k + W, n); j++)
      if (sh[j] !== NONE && (best < 0 || (sh[j] as number) <= (sh[best] as number))) best = j
    if (best >= 0 && best !== last) {
      outH[m] = sh[best] as number
      outP[m++] = best
      last = best
    }
  }
  return { hashes: outH.slice(0, m), positions: outP.slice(0, m) }
}

function eligible(flags: Uint8Array, k: number): boolean {
  let content = 0
  for (let j = k; j < k + K; j++) {
    const f = flags[j] as number
    if (f & BOILERPLATE) return false
    if (f & CONTENT) content++
  }
  return content >= 2
}
