import { STOP_HASHES, STOP_WORDS } from '../../text/stop-words'
import { hashWord, normalizeWord } from '../../text/tokens'
import { stem } from '../claims/stem'
import { featureId } from './feature-ids'

/** A function word ("the", "said"). */
export const STOP = 1
/** A capitalised word that names nothing ("Mr"). */
export const NOISE = 2
/** A lower-case word allowed inside a name ("Bank of England", "Ban Ki-moon"). */
export const JOINER = 4

const JOINERS = new Set(
  ['of', 'de', 'da', 'del', 'van', 'von', 'al', 'bin', 'la', 'le'].map(hashWord)
)
const NOISES = new Set(['mr', 'mrs', 'ms', 'dr'].map(hashWord))

// Open addressing on the 32-bit word hash. A Map or Set keyed by these hashes boxes every one
// outside the small-integer range, which made the lookups and the garbage they leave the
// costliest part of reading an article.
const SIZE = 1 << 17
// Past this many words the table starts afresh, so memory stays bounded on any input.
const MAX = 1 << 16
const keys = new Int32Array(SIZE)
const used = new Uint8Array(SIZE)
const flags = new Uint8Array(SIZE)
const terms = new Int32Array(SIZE)
let count = 0

/**
 * The table slot of a word, by its hash; text[start, end) is the word, read on first sight only.
 * Words with equal hashes share a slot, as they share every hash-keyed index in Parallax.
 */
export function wordSlot(hash: number, text: string, start: number, end: number): number {
  let i = Math.imul(hash, 0x9e3779b1) >>> 15
  while (used[i]) {
    if (keys[i] === hash) return i
    i = (i + 1) & (SIZE - 1)
  }
  if (count >= MAX) {
    used.fill(0)
    count = 0
    return wordSlot(hash, text, start, end)
  }
  count++
  used[i] = 1
  keys[i] = hash
  flags[i] =
    (STOP_HASHES.has(hash) ? STOP : 0) |
    (NOISES.has(hash) ? NOISE : 0) |
    (JOINERS.has(hash) ? JOINER : 0)
  const term = termOf(normalizeWord(text, start, end))
  terms[i] = term ? featureId(term) : -1
  return i
}

/** The flags (STOP, NOISE, JOINER) of a slot. */
export const flagsAt = (slot: number): number => flags[slot] as number

/**
 * The feature id (feature-ids.ts) of a slot's stemmed word, or -1 for a stop word or one too
 * short to tell.
 */
export const termAt = (slot: number): number => terms[slot] as number

function termOf(lower: string): string {
  const t = STOP_WORDS.has(lower) || lower.length < 3 ? '' : stem(lower.replace(/\.$/, ''))
  return t.length < 3 ? '' : t
}
