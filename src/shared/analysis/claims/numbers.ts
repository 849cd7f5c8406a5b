import type { Word } from './lexicon'

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  dozen: 12
}
const SCALES: Record<string, number> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  m: 1e6,
  mn: 1e6,
  billion: 1e9,
  bn: 1e9,
  trillion: 1e12
}

/** A number read from words: its value, and how many words it used from the start index. */
export type ParsedNumber = { value: number; used: number }

const DIGITS = /^\d+(?:\.\d+)?$/

/** True when the word starts a number: digits or an English number word. */
export function startsNumber(w: Word | undefined): boolean {
  if (!w) return false
  return (
    DIGITS.test(w.lower) ||
    w.lower in UNITS ||
    /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-/.test(w.lower)
  )
}

/**
 * Reads "10,000", "1.5 million", "ten thousand", "twenty-five", "six" at words[i]. Returns
 * undefined when there is no number there. Hyphenated words other than "twenty-five" style
 * tens ("32-member") are not numbers of things and are skipped by the caller.
 */
export function parseNumberAt(words: Word[], i: number): ParsedNumber | undefined {
  const w = words[i]
  if (!w) return undefined
  let value: number
  let used = 1
  if (DIGITS.test(w.lower)) value = Number(w.lower)
  else {
    const small = wordValue(w.lower)
    if (small === undefined) return undefined
    value = small
  }
  // Word numbers chain: "two hundred thousand", "one hundred and twenty".
  for (;;) {
    const next = words[i + used]
    if (!next) break
    const scale = SCALES[next.lower]
    if (scale !== undefined) {
      value = scale === 100 ? value * 100 : value * scale
      used++
      continue
    }
    const small = wordValue(next.lower)
    if (small !== undefined && small < 100 && !DIGITS.test(w.lower) && value >= 100) {
      value += small
      used++
      continue
    }
    break
  }
  return { value, used }
}

function wordValue(s: string): number | undefined {
  if (s in UNITS) return UNITS[s]
  const m = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(\w+)$/.exec(s)
  if (m) {
    const tens = UNITS[m[1] as string] as number
    const ones = UNITS[m[2] as string]
    return ones !== undefined && ones < 10 ? tens + ones : undefined
  }
  return undefined
}

/** How a figure is hedged: "up to 12,000" is a bound, "about 3,000" an estimate. */
export type Qualifier = 'exact' | 'about' | 'upto' | 'atleast' | 'morethan' | 'lessthan' | 'nearly'

const QUALIFIERS: [string, Qualifier][] = [
  ['up to', 'upto'],
  ['as many as', 'upto'],
  ['at most', 'upto'],
  ['no more than', 'upto'],
  ['at least', 'atleast'],
  ['no fewer than', 'atleast'],
  ['more than', 'morethan'],
  ['over', 'morethan'],
  ['upwards of', 'morethan'],
  ['fewer than', 'lessthan'],
  ['less than', 'lessthan'],
  ['under', 'lessthan'],
  ['nearly', 'nearly'],
  ['almost', 'nearly'],
  ['about', 'about'],
  ['around', 'about'],
  ['roughly', 'about'],
  ['approximately', 'about'],
  ['some', 'about'],
  ['an estimated', 'about'],
  ['estimated', 'about'],
  ['close to', 'nearly']
]

/** The qualifier ending just before words[i], with the index where it starts. */
const QUALIFIER_PARTS: [string[], Qualifier][] = QUALIFIERS.map(([p, q]) => [p.split(' '), q])

export function qualifierBefore(words: Word[], i: number): { q: Qualifier; from: number } {
  const prev = words[i - 1]?.lower
  if (!prev) return { q: 'exact', from: i }
  for (const [parts, q] of QUALIFIER_PARTS) {
    if (parts[parts.length - 1] !== prev) continue
    const from = i - parts.length
    if (from < 0) continue
    if (parts.every((p, k) => words[from + k]?.lower === p)) return { q, from }
  }
  return { q: 'exact', from: i }
}

/** The interval of values a hedged figure allows (lo, hi inclusive; Infinity when open). */
export function interval(q: Qualifier, lo: number, hi: number): [number, number] {
  switch (q) {
    case 'about':
      return [lo * 0.9, hi * 1.1]
    case 'upto':
      // News uses "up to 12,000 troops" to report 12,000 as the figure, not as any value
      // below it: read as an estimate just under the stated figure.
      return [hi * 0.9, hi]
    case 'atleast':
      return [lo, Infinity]
    case 'morethan':
      return [lo * 1.0000001, Infinity]
    case 'lessthan':
      return [0, hi * 0.9999999]
    case 'nearly':
      return [lo * 0.9, hi]
    default:
      return [lo, hi]
  }
}

/** "10,000", "1.5 million", "$2.6 million": the figure as a reader would write it. */
export function formatFigure(lo: number, hi: number, unit: string): string {
  const one = (v: number): string => {
    if (v >= 1e6 && v % 1e5 === 0) return `${v / 1e6} million`
    return v.toLocaleString('en-US', { maximumFractionDigits: 2 })
  }
  // A win-loss record is stored as wins × 1000 + losses, so it compares as one figure.
  if (unit === 'record') return `${Math.floor(lo / 1000)}-${lo % 1000}`
  const body = lo === hi ? one(lo) : `${one(lo)}-${one(hi)}`
  if (unit === '%') return `${body}%`
  const sym: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥' }
  return `${sym[unit] ?? ''}${body}`
}

export const QUALIFIER_TEXT: Record<Qualifier, string> = {
  exact: '',
  about: 'about ',
  upto: 'up to ',
  atleast: 'at least ',
  morethan: 'more than ',
  lessthan: 'fewer than ',
  nearly: 'nearly '
}
