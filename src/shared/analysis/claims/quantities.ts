import { AUX, EVENT_CLASS, HEAD_CLASS, STOP, classOf, entityAt, stem, type Word } from './lexicon'
import { parseNumberAt, qualifierBefore, startsNumber, type Qualifier } from './numbers'

/** A counted or priced claim in one sentence: "up to 12,000 North Korean combat troops". */
export type Quantity = {
  lo: number
  hi: number
  qualifier: Qualifier
  /** '' for counts, 'USD' / 'EUR' / 'GBP' / 'JPY' for money, '%' for shares. */
  unit: string
  /** Head-noun class ('troops'), or the head's stem when the class list has none. */
  head: string
  /** The head as written ("soldiers"), for the explanation. */
  headWord: string
  /** Named entities among the modifiers ("North Korean" → north_korea), sorted, joined. */
  entity: string
  /** What happened to the thing counted ('killed', 'deployed'), '' when no verb was found. */
  event: string
  /** Offsets of the mention from qualifier to head. */
  start: number
  end: number
}

const CURRENCY: Record<string, string> = {
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  dollars: 'USD',
  euros: 'EUR',
  pounds: 'GBP'
}
const TIME_UNITS = /^(year|month|week|day|hour|minute|second|time|decade|centur|percent)/
const NOT_COUNT_BEFORE = new Set(['article', 'minsk', 'no', 'number', 'section', 'page', 'chapter'])
const MONTHS =
  /^(january|february|march|april|may|june|july|august|september|october|november|december)$/

/**
 * Every quantity mention in sentence words. Years, dates, durations, ordinals, "Article 5",
 * "32-member" compounds, conversions in parentheses and parts of a total ("$20 million of it")
 * are left out: they are not counts another article could contradict.
 */
export function quantitiesIn(input: Word[], text: string): Quantity[] {
  const words = input.some(isLostEuro) ? input.flatMap(splitEuro) : input
  const out: Quantity[] = []
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word
    if (!startsNumber(w) || (w.lower === 'one' && !words[i + 1]?.lower.match(/illion|thousand/)))
      continue
    if (
      /-[a-z]/.test(w.lower) &&
      !/^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-/.test(w.lower)
    )
      continue
    const q = readQuantity(words, i, text)
    if (q) out.push(q.quantity)
    i = q ? q.next - 1 : i
  }
  return out
}

/** "e80 million": a euro sign lost on the way to plain text, read as "€80 million". */
const LOST_EURO = /^e\d+(?:\.\d+)?$/
const isLostEuro = (w: Word): boolean => LOST_EURO.test(w.lower)

function splitEuro(w: Word, k: number, words: Word[]): Word[] {
  if (!isLostEuro(w) || !/^(million|billion|mn|bn|m)$/.test(words[k + 1]?.lower ?? '')) return [w]
  const sign = { raw: '€', lower: '€', start: w.start, end: w.start + 1, cap: false }
  return [
    sign,
    { raw: w.raw.slice(1), lower: w.lower.slice(1), start: w.start + 1, end: w.end, cap: false }
  ]
}

function readQuantity(
  words: Word[],
  i: number,
  text: string
): { quantity: Quantity; next: number } | undefined {
  const num = parseNumberAt(words, i)
  if (!num) return undefined
  const lo = num.value
  let hi = num.value
  let j = i + num.used
  // Ranges: "between 200 and 300", "200 to 300", "from 200 to 300".
  const joiner = words[j]?.lower
  if ((joiner === 'to' || joiner === 'and') && startsNumber(words[j + 1])) {
    const other = parseNumberAt(words, j + 1)
    if (other && other.value > lo) {
      hi = other.value
      j += 1 + other.used
    }
  }
  const before = words[i - 1]
  // Only a sign stands before its figure: "euros (74 million pounds)" prices nothing in euros.
  let unit = before && before.raw.length === 1 ? (CURRENCY[before.raw] ?? '') : ''
  const qStart = unit ? i - 1 : i
  const { q, from } = qualifierBefore(words, qStart)
  const after = words[j]
  if (!unit && after && (after.raw === '%' || after.lower === 'percent')) {
    unit = '%'
    j++
  } else if (!unit && after && CURRENCY[after.lower]) {
    unit = CURRENCY[after.lower] as string
    j++
  }
  if (isNotACount(words, i, from, j, lo, unit, text)) return undefined
  // "$2.6 million in aid": the money's head follows a preposition.
  const head =
    headAfter(words, j, text) ??
    (unit && /^(in|of|for)$/.test(words[j]?.lower ?? '')
      ? headAfter(words, j + 1, text)
      : undefined)
  // A sum needs no head noun: "stole diamonds valued at 85 million euros" prices the haul.
  const headWord = head
    ? head.word
    : (headBefore(words, from)?.raw ?? (unit && unit !== '%' ? 'sum' : ''))
  if (!headWord || TIME_UNITS.test(headWord.toLowerCase())) return undefined
  const headStem = stem(headWord.toLowerCase())
  const end = head ? head.end : (words[j - 1] as Word).end
  const entity = entitiesAround(words, i + num.used, head ? head.index + 1 : j, from)
  return {
    quantity: {
      lo,
      hi,
      qualifier: q,
      unit,
      head: classOf(HEAD_CLASS, headWord.toLowerCase()) ?? headStem,
      headWord,
      entity,
      event:
        eventOf(words, from, head ? head.index + 1 : j, headStem) ||
        (unit && unit !== '%' ? eventBefore(words, from, MONEY_REACH) : ''),
      start: (words[from] as Word).start,
      end
    },
    next: head ? head.index + 1 : j
  }
}

function isNotACount(
  words: Word[],
  i: number,
  from: number,
  j: number,
  value: number,
  unit: string,
  text: string
): boolean {
  const prev = words[from - 1]?.lower ?? ''
  const next = words[j]?.lower ?? ''
  if (NOT_COUNT_BEFORE.has(prev) || MONTHS.test(prev) || MONTHS.test(next)) return true
  if (!unit && Number.isInteger(value) && value >= 1900 && value <= 2100 && j === i + 1) return true
  const w = words[i] as Word
  if (/^\d+(st|nd|rd|th)$/.test(w.lower)) return true
  // A parenthesised figure right after another figure is a conversion, not a claim of its own.
  const lead = text.slice(
    Math.max(0, (words[from] as Word).start - 40),
    (words[from] as Word).start
  )
  if (/(\d|million|billion|bn|euros|dollars|pounds|yen)\s*\(\s*$/i.test(lead)) return true
  if (/^(or|equivalent|equal)$/.test(prev) && unit) return true
  // A part of a total: "$20 million of it", "including 300".
  const tail = `${words[j]?.lower ?? ''} ${words[j + 1]?.lower ?? ''}`
  if (/^of (it|which|them|those|whom)$/.test(tail)) return true
  // "of which 300", but not "the sweep in which 89 people were arrested".
  return prev === 'including' || (prev === 'which' && words[from - 2]?.lower === 'of')
}

/** The noun a figure counts: the last word of the run of modifiers after it. */
function headAfter(
  words: Word[],
  j: number,
  text: string
): { word: string; index: number; end: number } | undefined {
  let best: { word: string; index: number; end: number } | undefined
  for (let k = j; k < Math.min(words.length, j + 5); k++) {
    const w = words[k] as Word
    if (STOP.has(w.lower) || AUX.has(w.lower) || w.raw.length === 1) break
    const gap = text.slice((words[k - 1] as Word).end, w.start)
    if (k > j && /[,;:.()"“”]/.test(gap)) break
    if (k === j && /[,;:.()]/.test(gap)) break
    best = { word: w.raw, index: k, end: w.end }
    if (classOf(HEAD_CLASS, w.lower)) break
    // "40 jets took part": a plural noun followed by a lower-case word ends the noun phrase.
    const next = words[k + 1]
    if (/[a-z]s$/.test(w.lower) && next && !next.cap && !/s$/.test(next.lower)) break
  }
  return best
}

/** For "the deal is worth €100 million": the subject noun before the figure. */
function headBefore(words: Word[], from: number): Word | undefined {
  for (let k = from - 1; k >= Math.max(0, from - 4); k--) {
    const w = words[k] as Word
    if (w.lower === 'worth' || AUX.has(w.lower) || w.lower === 'of') continue
    if (STOP.has(w.lower) || w.cap || classOf(EVENT_CLASS, w.lower) || /ed$/.test(w.lower))
      return undefined
    return w
  }
  return undefined
}

function entitiesAround(words: Word[], from: number, to: number, qFrom: number): string {
  const found = new Set<string>()
  for (let k = from; k < to; k++) {
    const e = entityAt(words, k)
    if (e) {
      found.add(e.entity)
      k += e.used - 1
    }
  }
  // "troops from North Korea"
  if (words[to]?.lower === 'from') {
    const e = entityAt(words, to + 1)
    if (e) found.add(e.entity)
  }
  // "North Korea's 10,000 troops"
  const pos = words[qFrom - 1]
  if (pos && /'s$/.test(pos.raw)) {
    const e = entityAt(words, qFrom - 1)
    if (e) found.add(e.entity)
  }
  return [...found].sort().join('+')
}

/** How far back a sum's verb may stand: "stole gems worth €85 million". */
const MONEY_REACH = 5

/** The event class of the nearest event word among the `reach` words before `from`. */
function eventBefore(words: Word[], from: number, reach: number): string {
  for (let k = from - 1; k >= Math.max(0, from - reach); k--) {
    const e = classOf(EVENT_CLASS, (words[k] as Word).lower)
    if (e) return e
  }
  return ''
}

/** The event class of the verb after the head ("were killed") or before the figure ("killed 24"). */
function eventOf(words: Word[], from: number, after: number, headStem: string): string {
  const own = EVENT_CLASS[headStem] ?? EVENT_CLASS[headStem.replace(/s$/, '')]
  if (own) return own
  let k = after
  while (
    k < words.length &&
    (AUX.has((words[k] as Word).lower) || /ly$/.test((words[k] as Word).lower))
  )
    k++
  const next = words[k]
  if (next && k - after <= 3) {
    const e = classOf(EVENT_CLASS, next.lower)
    if (e) return e
  }
  const prev = words[from - 1]
  if (prev) {
    const e = classOf(EVENT_CLASS, prev.lower)
    if (e) return e
  }
  return ''
}
