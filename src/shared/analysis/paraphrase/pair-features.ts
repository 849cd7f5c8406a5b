import { canonical } from '../claims/lexicon'
import { STOP_WORDS } from '../../text/stop-words'

/**
 * Features of a sentence pair for the paraphrase model: lexical overlap in several forms, and
 * the disagreements that make two similar sentences different facts (numbers, negation,
 * modality). Pure and cheap: run only on candidate pairs the sentence index proposes.
 */
export const FEATURE_NAMES = [
  'bias',
  'jaccard',
  'sharedOverShorter',
  'sharedOverLonger',
  'alignedContent',
  'bigramOverlap',
  'orderedLcs',
  'numbersDiffer',
  'numbersAgree',
  'negationDiffers',
  'modalityDiffers',
  'lengthRatio',
  'namesOnly',
  'charTrigrams',
  'unmatchedX',
  'unmatchedY'
] as const

const WORD = /[\p{L}\p{N}]+(?:['’.,][\p{L}\p{N}]+)*/gu
const NEGATION = /^(?:not|no|never|none|nobody|nothing|neither|nor|without|n't|cannot)$/
const MODAL =
  /^(?:may|might|could|would|should|expected|plan|plans|planned|likely|possibly|reportedly)$/

type Side = {
  content: string[]
  set: Set<string>
  bigrams: Set<string>
  numbers: Set<string>
  negated: boolean
  modal: boolean
  names: Set<string>
}

/** Sides already read: a sentence is met in many candidate pairs, its features are its own. */
const sides = new Map<string, Side>()
const SIDE_MEMO = 1 << 13

function side(text: string): Side {
  let s = sides.get(text)
  if (!s) {
    if (sides.size >= SIDE_MEMO) sides.clear()
    s = readSide(text)
    sides.set(text, s)
  }
  return s
}

function readSide(text: string): Side {
  const raw = text.match(WORD) ?? []
  const content: string[] = []
  const names = new Set<string>()
  let negated = /n['’]t\b/i.test(text)
  let modal = false
  const numbers = new Set<string>()
  for (const w of raw) {
    const lower = w.toLowerCase()
    if (NEGATION.test(lower)) negated = true
    if (MODAL.test(lower)) modal = true
    if (/^\d/.test(w)) numbers.add(w.replace(/,/g, ''))
    if (STOP_WORDS.has(lower)) continue
    const c = canonical(lower)
    content.push(c)
    if (/^\p{Lu}/u.test(w)) names.add(c)
  }
  const bigrams = new Set<string>()
  for (let i = 1; i < content.length; i++) bigrams.add(`${content[i - 1]} ${content[i]}`)
  return { content, set: new Set(content), bigrams, numbers, negated, modal, names }
}

function lcs(a: string[], b: string[]): number {
  if (!a.length || !b.length) return 0
  let prev = new Uint16Array(b.length + 1)
  let cur = new Uint16Array(b.length + 1)
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++)
      cur[j] =
        a[i - 1] === b[j - 1]
          ? (prev[j - 1] as number) + 1
          : Math.max(prev[j] as number, cur[j - 1] as number)
    ;[prev, cur] = [cur, prev]
  }
  return prev[b.length] as number
}

function trigrams(s: string): Set<string> {
  const t = s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')
  const out = new Set<string>()
  for (let i = 0; i + 3 <= t.length; i++) out.add(t.slice(i, i + 3))
  return out
}

const grams = new Map<string, Set<string>>()

function trigramsOf(s: string): Set<string> {
  let g = grams.get(s)
  if (!g) {
    if (grams.size >= SIDE_MEMO) grams.clear()
    g = trigrams(s)
    grams.set(s, g)
  }
  return g
}

function trigramDice(a: string, b: string): number {
  const x = trigramsOf(a)
  const y = trigramsOf(b)
  return x.size + y.size ? (2 * interOf(x, y)) / (x.size + y.size) : 0
}

const interOf = (x: Set<string>, y: Set<string>): number => {
  let n = 0
  for (const v of x) if (y.has(v)) n++
  return n
}

/** The feature vector, in FEATURE_NAMES order, and the count of aligned content words. */
export function pairFeatures(
  a: string,
  b: string
): { x: number[]; aligned: number; namesOnly: boolean } {
  const x = side(a)
  const y = side(b)
  const shared = interOf(x.set, y.set)
  const union = x.set.size + y.set.size - shared
  const shorter = Math.max(1, Math.min(x.set.size, y.set.size))
  const longer = Math.max(1, Math.max(x.set.size, y.set.size))
  const bi = interOf(x.bigrams, y.bigrams) / Math.max(1, Math.min(x.bigrams.size, y.bigrams.size))
  const order =
    lcs(x.content, y.content) / Math.max(1, Math.min(x.content.length, y.content.length))
  const numbersDiffer =
    x.numbers.size > 0 && y.numbers.size > 0 && interOf(x.numbers, y.numbers) === 0
  const numbersAgree =
    x.numbers.size > 0 &&
    interOf(x.numbers, y.numbers) === x.numbers.size &&
    x.numbers.size === y.numbers.size
  let sharedPlain = 0
  for (const v of x.set) if (y.set.has(v) && !(x.names.has(v) || y.names.has(v))) sharedPlain++
  const namesOnly = shared > 0 && sharedPlain === 0
  return {
    x: [
      1,
      union ? shared / union : 0,
      shared / shorter,
      shared / longer,
      Math.min(shared, 12) / 12,
      bi,
      order,
      numbersDiffer ? 1 : 0,
      numbersAgree ? 1 : 0,
      x.negated !== y.negated ? 1 : 0,
      x.modal !== y.modal ? 1 : 0,
      shorter / longer,
      namesOnly ? 1 : 0,
      trigramDice(a, b),
      Math.min(x.set.size - shared, 10) / 10,
      Math.min(y.set.size - shared, 10) / 10
    ],
    aligned: shared,
    namesOnly
  }
}
