import { canonical } from '../claims/lexicon'
import { STOP_WORDS } from '../../text/stop-words'

/**
 * Features of a sentence pair for the paraphrase model, after the lexical systems that do best
 * on MSRP (Madnani et al. 2012: MT metrics; Wan et al. 2006): n-gram precision and recall at 1 to
 * 4 words (BLEU/METEOR-style, on stems), longest common subsequence, character n-gram overlap,
 * content-word overlap, length, and the disagreements that make two similar sentences different
 * facts (numbers, negation, modality). Every feature is symmetric: the order of the two
 * sentences never changes the verdict. Pure and cheap: run only on candidate pairs.
 */
export const FEATURE_NAMES = [
  'bias',
  'jaccard',
  'sharedOverShorter',
  'sharedOverLonger',
  'alignedContent',
  'gram1Min',
  'gram1Max',
  'gram2Min',
  'gram2Max',
  'gram3Min',
  'gram3Max',
  'gram4Min',
  'gram4Max',
  'bleu',
  'lcsMin',
  'lcsMax',
  'contentLcs',
  'charTrigrams',
  'charFourgrams',
  'numbersDiffer',
  'numbersAgree',
  'numbersOneSide',
  'negationDiffers',
  'modalityDiffers',
  'lengthRatio',
  'lengthGap',
  'namesOnly',
  'unmatchedMin',
  'unmatchedMax',
  'namesUnmatchedMin',
  'namesUnmatchedMax',
  'prefixShare',
  'numbersUnmatched'
] as const

export type FeatureName = (typeof FEATURE_NAMES)[number]

const WORD = /[\p{L}\p{N}]+(?:['’.,][\p{L}\p{N}]+)*/gu
const NEGATION = /^(?:not|no|never|none|nobody|nothing|neither|nor|without|n't|cannot)$/
const RANK = /\bno\.\s*(?=\d)/gi
const MODAL =
  /^(?:may|might|could|would|should|expected|plan|plans|planned|likely|possibly|reportedly)$/

type Side = {
  /** Every token's stem, stop words included: the n-gram measures read function words too. */
  tokens: string[]
  grams: Set<string>[]
  content: string[]
  set: Set<string>
  numbers: Set<string>
  negated: boolean
  modal: boolean
  names: Set<string>
  chars3: Set<string>
  chars4: Set<string>
  /** Content words cut to five letters: METEOR's stem stage, looser than the stemmer. */
  prefixes: Set<string>
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
  // "No. 1" ranks a team; it negates nothing.
  const raw = text.replace(RANK, 'number ').match(WORD) ?? []
  const tokens: string[] = []
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
    const c = canonical(lower)
    tokens.push(c)
    if (STOP_WORDS.has(lower)) continue
    content.push(c)
    if (/^\p{Lu}/u.test(w)) names.add(c)
  }
  const grams: Set<string>[] = []
  for (let n = 1; n <= 4; n++) {
    const g = new Set<string>()
    for (let i = 0; i + n <= tokens.length; i++) g.add(tokens.slice(i, i + n).join(' '))
    grams.push(g)
  }
  const flat = text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')
  return {
    tokens,
    grams,
    content,
    set: new Set(content),
    numbers,
    negated,
    modal,
    names,
    chars3: charGrams(flat, 3),
    chars4: charGrams(flat, 4),
    prefixes: new Set(content.map((c) => c.slice(0, 5)))
  }
}

function charGrams(t: string, n: number): Set<string> {
  const out = new Set<string>()
  for (let i = 0; i + n <= t.length; i++) out.add(t.slice(i, i + n))
  return out
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

const interOf = (x: Set<string>, y: Set<string>): number => {
  let n = 0
  for (const v of x) if (y.has(v)) n++
  return n
}

const unmatched = (x: Set<string>, y: Set<string>): number => x.size - interOf(x, y)

const dice = (x: Set<string>, y: Set<string>): number =>
  x.size + y.size ? (2 * interOf(x, y)) / (x.size + y.size) : 0

/** The two sentences' tokens (stems, stop words kept), as the features read them. */
export const tokensOf = (text: string): string[] => side(text).tokens

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
  // Share of each side's n-grams the other holds: the smaller is precision or recall, whichever
  // is worse, so the pair's order does not matter.
  const gramShares: number[] = []
  let logBleu = 0
  for (let n = 0; n < 4; n++) {
    const gx = x.grams[n] as Set<string>
    const gy = y.grams[n] as Set<string>
    const common = interOf(gx, gy)
    const px = common / Math.max(1, gx.size)
    const py = common / Math.max(1, gy.size)
    gramShares.push(Math.min(px, py), Math.max(px, py))
    logBleu += Math.log((common + 1) / (Math.min(gx.size, gy.size) + 1)) / 4
  }
  const tokenLcs = lcs(x.tokens, y.tokens)
  const sx = Math.max(1, x.tokens.length)
  const sy = Math.max(1, y.tokens.length)
  const numbersCommon = interOf(x.numbers, y.numbers)
  const numbersDiffer = x.numbers.size > 0 && y.numbers.size > 0 && numbersCommon === 0
  const numbersAgree =
    x.numbers.size > 0 && numbersCommon === x.numbers.size && x.numbers.size === y.numbers.size
  let sharedPlain = 0
  for (const v of x.set) if (y.set.has(v) && !(x.names.has(v) || y.names.has(v))) sharedPlain++
  const namesOnly = shared > 0 && sharedPlain === 0
  const nx = Math.min(unmatched(x.names, y.set), 5) / 5
  const ny = Math.min(unmatched(y.names, x.set), 5) / 5
  const numbersUnmatched = unmatched(x.numbers, y.numbers) + unmatched(y.numbers, x.numbers)
  const ux = Math.min(x.set.size - shared, 10) / 10
  const uy = Math.min(y.set.size - shared, 10) / 10
  return {
    x: [
      1,
      union ? shared / union : 0,
      shared / shorter,
      shared / longer,
      Math.min(shared, 12) / 12,
      ...gramShares,
      Math.exp(logBleu),
      tokenLcs / Math.max(sx, sy),
      tokenLcs / Math.min(sx, sy),
      lcs(x.content, y.content) / Math.max(1, Math.min(x.content.length, y.content.length)),
      dice(x.chars3, y.chars3),
      dice(x.chars4, y.chars4),
      numbersDiffer ? 1 : 0,
      numbersAgree ? 1 : 0,
      x.numbers.size > 0 !== y.numbers.size > 0 ? 1 : 0,
      x.negated !== y.negated ? 1 : 0,
      x.modal !== y.modal ? 1 : 0,
      Math.min(sx, sy) / Math.max(sx, sy),
      Math.min(Math.abs(sx - sy), 20) / 20,
      namesOnly ? 1 : 0,
      Math.min(ux, uy),
      Math.max(ux, uy),
      Math.min(nx, ny),
      Math.max(nx, ny),
      dice(x.prefixes, y.prefixes),
      Math.min(numbersUnmatched, 4) / 4
    ],
    aligned: shared,
    namesOnly
  }
}
