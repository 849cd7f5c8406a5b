import type { TermSentence } from './terms'

/** Two aligned windows of two sentences, in term positions, and how well they agree. */
export type Alignment = {
  xFrom: number
  xTo: number
  yFrom: number
  yTo: number
  /** Distinct term ids both windows hold. */
  shared: number[]
  /** Weighted Dice of the two windows' terms, 0..1. */
  dice: number
  /** Both windows are lists of the same names. */
  list: boolean
}

/** What a term is to the aligner: 0 a content word, 1 a name (entity), 2 a generic word. */
export type TermKind = (term: number) => number

/** Tuning, checked against eval/: what a paraphrase needs to be shown. */
export const MIN_SHARED = 3
export const MIN_CONTENT_SHARED = 2
export const MIN_LIST = 4
export const MIN_DICE = 0.5
/** Share of the shorter sentence's distinct terms a pair judged whole must share. */
export const MIN_WHOLE_SHARE = 0.4

/**
 * Content-word alignment of two sentences: the best window of each that holds their shared
 * terms and little else, scored by idf-weighted Dice. A paraphrase needs three shared terms, two
 * of them lower-case content words ("North Korea sent troops to Russia" is not "Russia sent oil
 * to North Korea"; "NATO Secretary General Jens Stoltenberg" twice is a name, not a fact).
 * Lists of the same four or more names match in any order.
 */
export function alignSentences(
  x: TermSentence,
  y: TermSentence,
  weight: (term: number) => number,
  kind: TermKind
): Alignment | undefined {
  const list = alignLists(x, y, kind)
  if (list) return list
  const inY = new Set(y.terms)
  const common = new Set<number>()
  for (const t of x.terms) if (inY.has(t)) common.add(t)
  if (common.size < MIN_SHARED) return undefined
  return windowed(x, y, common, weight, kind) ?? whole(x, y, common, kind)
}

/**
 * Two sentences sharing enough terms that no tight window explains: the model still judges them
 * whole (its verdict is the pair decision), with every shared term as the alignment, unless
 * each names an actor or place the other lacks.
 */
function whole(
  x: TermSentence,
  y: TermSentence,
  common: Set<number>,
  kind: TermKind
): Alignment | undefined {
  const inX = new Set(x.terms)
  const inY = new Set(y.terms)
  // The model accepts almost no pair sharing less than this of the shorter side (0.5% of the
  // MSRP dev pairs it accepts): judging the rest would cost time and find nothing.
  if (common.size < MIN_WHOLE_SHARE * Math.min(inX.size, inY.size)) return undefined
  const xTo = x.terms.length - 1
  const yTo = y.terms.length - 1
  // Each side names an actor or place the other lacks: the same words about someone else.
  const named = (t: number): number => (kind(t) === 1 ? 0 : kind(t))
  if (ownNames(x, 0, xTo, inY, named) && ownNames(y, 0, yTo, inX, named)) return undefined
  return { xFrom: 0, xTo, yFrom: 0, yTo, shared: [...common], dice: 0, list: false }
}

function windowed(
  x: TermSentence,
  y: TermSentence,
  common: Set<number>,
  weight: (term: number) => number,
  kind: TermKind
): Alignment | undefined {
  // Window x on everything shared, y on what x's window kept, then x again on what y kept.
  const [x0, x1] = bestWindow(x.terms, common)
  const firstX = new Set(x.terms.subarray(x0, x1 + 1))
  const [yFrom, yTo] = bestWindow(y.terms, new Set([...common].filter((t) => firstX.has(t))))
  const inYWin = new Set(y.terms.subarray(yFrom, yTo + 1))
  const [xFrom, xTo] = bestWindow(x.terms, new Set([...firstX].filter((t) => inYWin.has(t))))
  const inXWin = new Set(x.terms.subarray(xFrom, xTo + 1))
  const shared = [...inXWin].filter((t) => inYWin.has(t))
  if (shared.length < MIN_SHARED) return undefined
  // "Secretary General Jens Stoltenberg spoke" vs "... Mark Rutte spoke": other actors.
  if (ownNames(x, xFrom, xTo, inYWin, kind) && ownNames(y, yFrom, yTo, inXWin, kind))
    return undefined
  const lower = lowerCaseTerms(x, xFrom, xTo)
  for (const t of lowerCaseTerms(y, yFrom, yTo)) lower.add(t)
  const content = shared.filter((t) => kind(t) === 0 && lower.has(t)).length
  if (content < MIN_CONTENT_SHARED) return undefined
  const sum = (s: Iterable<number>): number => {
    let w = 0
    // Generic words ("including", "government") barely count either way.
    for (const t of s) w += kind(t) === 2 ? weight(t) / 4 : weight(t)
    return w
  }
  const dice = (2 * sum(shared)) / (sum(inXWin) + sum(inYWin))
  if (dice < MIN_DICE) return undefined
  return { xFrom, xTo, yFrom, yTo, shared, dice, list: false }
}

/** True when the window holds a capitalised name (not sentence-initial) the other lacks. */
function ownNames(
  s: TermSentence,
  from: number,
  to: number,
  other: Set<number>,
  kind: TermKind
): boolean {
  for (let i = from; i <= to; i++) {
    const t = s.terms[i] as number
    if (s.caps[i] === 1 && s.starts[i] !== s.start && kind(t) === 0 && !other.has(t)) return true
  }
  return false
}

function lowerCaseTerms(s: TermSentence, from: number, to: number): Set<number> {
  const out = new Set<number>()
  for (let i = from; i <= to; i++) if (s.caps[i] === 0) out.add(s.terms[i] as number)
  return out
}

/** Runs of names separated only by commas and "and": "Australia, Japan, Korea and New Zealand". */
function listsOf(s: TermSentence, kind: TermKind): [number, number][] {
  const out: [number, number][] = []
  let from = -1
  for (let i = 0; i <= s.terms.length; i++) {
    const isName = i < s.terms.length && kind(s.terms[i] as number) === 1
    const joined = from >= 0 && isName && s.sep[i] === 1
    if (isName && (from < 0 || joined)) {
      if (from < 0) from = i
      continue
    }
    if (from >= 0 && i - from >= MIN_LIST) out.push([from, i - 1])
    from = isName ? i : -1
  }
  return out
}

/** Two lists of the same four or more names, in any order. */
export function alignLists(
  x: TermSentence,
  y: TermSentence,
  kind: TermKind
): Alignment | undefined {
  for (const [xf, xt] of listsOf(x, kind)) {
    const xs = new Set(x.terms.subarray(xf, xt + 1))
    for (const [yf, yt] of listsOf(y, kind)) {
      const ys = new Set(y.terms.subarray(yf, yt + 1))
      if (xs.size !== ys.size || [...xs].some((t) => !ys.has(t))) continue
      return { xFrom: xf, xTo: xt, yFrom: yf, yTo: yt, shared: [...xs], dice: 1, list: true }
    }
  }
  return undefined
}

/**
 * The window [from, to] of term positions that best covers `wanted`: each distinct wanted term
 * inside counts 1, each other term costs 0.5; ties go to the shorter window. Sentences hold a
 * few dozen terms, so the quadratic scan costs microseconds.
 */
function bestWindow(terms: Int32Array, wanted: Set<number>): [number, number] {
  const pos: number[] = []
  for (let i = 0; i < terms.length; i++) if (wanted.has(terms[i] as number)) pos.push(i)
  let best: [number, number] = [pos[0] ?? 0, pos[0] ?? 0]
  let bestValue = -Infinity
  for (let a = 0; a < pos.length; a++) {
    const seen = new Set<number>()
    for (let b = a; b < pos.length; b++) {
      seen.add(terms[pos[b] as number] as number)
      const span = (pos[b] as number) - (pos[a] as number) + 1
      const value = seen.size - 0.5 * (span - (b - a + 1))
      if (value > bestValue) {
        bestValue = value
        best = [pos[a] as number, pos[b] as number]
      }
    }
  }
  return best
}
