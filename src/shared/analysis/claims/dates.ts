import * as chrono from 'chrono-node/en'
import { NOT_NAMES, classOf, type Word } from './lexicon'
import { termsOf } from './stance'

/** An event given a calendar day in one sentence: "Blinken met Stoltenberg on November 13". */
export type DatedEvent = {
  /** The event verb's class ('met', 'killed'). */
  event: string
  /** Names and entities taking part, sorted. */
  names: string[]
  /** Other content terms, for telling two events with the same people apart. */
  terms: string[]
  /**
   * YYYY-MM-DD, or MM-DD when the year is not given and the article has no date; empty when
   * only a weekday is known (an undated article's "on Friday").
   */
  day: string
  /** The weekday, when written or implied by a full date: 'friday'. */
  weekday?: string
  /** The article's first dated report of this event: the one its story leads with. */
  first?: boolean
  /** The date as written. */
  dateText: string
  start: number
  end: number
}

const MONTH_OR_DAY =
  /\b(Jan(uary)?|Feb(ruary)?|Mar(ch)?|Apr(il)?|May|June?|July?|Aug(ust)?|Sep(t|tember)?|Oct(ober)?|Nov(ember)?|Dec(ember)?|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/

const EVENT_VERBS: Record<string, string> = {
  met: 'met',
  meet: 'met',
  meets: 'met',
  visited: 'visited',
  visit: 'visited',
  signed: 'signed',
  sign: 'signed',
  killed: 'killed',
  died: 'killed',
  attacked: 'attacked',
  struck: 'attacked',
  opened: 'opened',
  held: 'held',
  arrived: 'arrived',
  launched: 'launched',
  began: 'began',
  started: 'began',
  ended: 'ended',
  elected: 'elected',
  resigned: 'resigned',
  invaded: 'invaded',
  announced: 'announced',
  called: 'called',
  released: 'released',
  captured: 'captured',
  // Checking into a clinic or hospital: "checked into Promises", "entered Malibu Promises".
  checked: 'admitted',
  entered: 'admitted',
  admitted: 'admitted',
  sank: 'sank',
  sunk: 'sank',
  sinking: 'sank'
}

/** Events that happen to their subject once: two days for one of them cannot both be right. */
const ONE_OFF = new Set(['killed', 'admitted', 'sank', 'resigned', 'elected', 'invaded'])

/** Verbs of saying: a date beside one dates the statement, not the event reported. */
const SPEECH =
  /^(?:said|says|told|tells|confirmed|confirms|reported|reports|announced|stated|added|wrote|revealed|disclosed|claimed)$/
/** A date belongs to a verb at most this many words away. */
const VERB_REACH = 8
const WEEKDAYS = 'sunday monday tuesday wednesday thursday friday saturday'.split(' ')

/**
 * Dated events in one sentence, parsed by chrono-node with the article's date as reference
 * (so "Thursday" resolves). Only days chrono is sure of, or that the reference fixes, count.
 */
export function datedEvents(
  sentence: string,
  offset: number,
  words: Word[],
  articleDate: string | undefined
): DatedEvent[] {
  // chrono costs about 0.2 ms a sentence: parse only sentences that name an event and someone.
  if (!words.some(isEventVerb) || nameCount(words) < 1) return []
  const ref = articleDate ? new Date(`${articleDate}T12:00:00Z`) : undefined
  const out: DatedEvent[] = []
  for (const d of datesOf(sentence, ref)) {
    const from = offset + d.at
    const to = from + d.text.length
    const event = verbOfDate(words, from, to)
    if (!event) continue
    const rest = words.filter((w) => w.end <= from || w.start >= to)
    const { terms, names } = termsOf(rest)
    if (!names.length) continue
    out.push({
      event,
      names,
      terms: terms.filter((t) => !names.includes(t)),
      day: d.day,
      ...(d.weekday ? { weekday: d.weekday } : {}),
      dateText: d.text.replace(/^(on|On)\s+/, ''),
      start: offset,
      end: offset + sentence.length
    })
  }
  return out
}

const isEventVerb = (w: Word): boolean =>
  EVENT_VERBS[w.lower] !== undefined || (!w.cap && classOf(EVENT_VERBS, w.lower) !== undefined)

/**
 * The event a date belongs to: the nearest event verb before it within reach ("sank a trawler on
 * November 19"), or after it when the date opens the sentence ("On November 19, Tabar sank") or
 * stands right before the verb ("the November 18 sinking"). A verb of saying nearer to the date
 * ("the rep confirmed on Friday that she entered rehab") dates the statement instead.
 */
function verbOfDate(words: Word[], from: number, to: number): string | undefined {
  const first = words.findIndex((w) => w.start >= from)
  let last = words.length - 1
  while (last >= 0 && (words[last] as Word).end > to) last--
  if (first < 0 || last < first) return undefined
  const back = scan(words, first - 1, -1, VERB_REACH)
  if (back) return back
  return scan(words, last + 1, 1, first <= 2 ? VERB_REACH : 1)
}

function scan(words: Word[], from: number, step: 1 | -1, reach: number): string | undefined {
  for (let i = from, n = 0; i >= 0 && i < words.length && n < reach; i += step, n++) {
    const w = words[i] as Word
    if (SPEECH.test(w.lower)) return undefined
    if (isEventVerb(w)) return EVENT_VERBS[w.lower] ?? classOf(EVENT_VERBS, w.lower)
  }
  return undefined
}

/**
 * A calendar day found in a sentence: where, as written, as YYYY-MM-DD or MM-DD (empty when only
 * the weekday is known), and its weekday when written or implied by a full date.
 */
type FoundDate = { at: number; text: string; day: string; weekday?: string }

const MONTHS =
  'january february march april may june july august september october november december'.split(' ')
const monthOf = (name: string): number =>
  MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().slice(0, 3))) + 1
const DAY_MONTH = /^(\d{1,2})\s+([A-Z][a-z]+)(?:,?\s+(\d{4}))?/
const MONTH_DAY = /^([A-Z][a-z]+)\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?/

/** Days already read, by reference date and sentence: wire copies repeat sentences verbatim. */
const days = new Map<string, FoundDate[]>()
/** Past this many sentences the memo starts afresh, so memory stays bounded on any input. */
const DAYS_MEMO = 1 << 12

function datesOf(sentence: string, ref: Date | undefined): FoundDate[] {
  const key = `${ref ? ref.getTime() : ''}|${sentence}`
  let found = days.get(key)
  if (!found) {
    if (days.size >= DAYS_MEMO) days.clear()
    found = datesIn(sentence, ref)
    days.set(key, found)
  }
  return found
}

/**
 * Days in a sentence. "13 November (2024)" and "November 13(, 2024)" are read directly;
 * anything else near a month or weekday name ("on Thursday") goes to chrono-node, on a short
 * window rather than the whole sentence: it costs about 0.1 ms a call.
 */
function datesIn(sentence: string, ref: Date | undefined): FoundDate[] {
  const out: FoundDate[] = []
  const re = new RegExp(MONTH_OR_DAY.source, 'g')
  let covered = -1
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    if (m.index < covered) continue
    const fast = readDirect(sentence, m.index, ref)
    if (fast) {
      out.push(fast)
      covered = fast.at + fast.text.length
      continue
    }
    const from = Math.max(0, m.index - 16)
    for (const r of chrono.parse(sentence.slice(from, m.index + 28), ref)) {
      const at = from + r.index
      const c = r.start
      if (at + r.text.length <= covered) continue
      const weekday = weekdayOf(r.text)
      const dayKnown = c.isCertain('day') || (ref !== undefined && c.isCertain('weekday'))
      if (!dayKnown || (!c.isCertain('month') && !ref)) {
        // An undated article's "on Friday": only the weekday is known.
        if (!weekday || c.isCertain('day')) continue
        out.push({ at, text: r.text, day: '', weekday })
      } else {
        const year = c.isCertain('year') || ref ? `${c.get('year')}-` : ''
        const day = `${year}${pad(c.get('month'))}-${pad(c.get('day'))}`
        out.push({ at, text: r.text, day, ...weekdayField(weekday, day) })
      }
      covered = at + r.text.length
    }
  }
  return out
}

const pad = (n: number | null): string => String(n ?? 0).padStart(2, '0')

const weekdayOf = (text: string): string | undefined =>
  WEEKDAYS.find((w) => text.toLowerCase().includes(w))

/** The weekday as written, else as a full YYYY-MM-DD day falls. */
function weekdayField(written: string | undefined, day: string): { weekday?: string } {
  if (written) return { weekday: written }
  if (day.length !== 10) return {}
  return { weekday: WEEKDAYS[new Date(`${day}T12:00:00Z`).getUTCDay()] as string }
}

function readDirect(
  sentence: string,
  monthAt: number,
  ref: Date | undefined
): FoundDate | undefined {
  const before = /(\d{1,2})\s+$/.exec(sentence.slice(Math.max(0, monthAt - 4), monthAt))
  const at = before ? monthAt - before[0].length : monthAt
  const m = (before ? DAY_MONTH : MONTH_DAY).exec(sentence.slice(at))
  if (!m) return undefined
  const [day, name] = before ? [m[1], m[2]] : [m[2], m[1]]
  const month = monthOf(name as string)
  if (month === 0 || Number(day) < 1 || Number(day) > 31) return undefined
  const year = m[3] ?? (ref ? String(ref.getUTCFullYear()) : undefined)
  const md = `${pad(month)}-${pad(Number(day))}`
  const full = year ? `${year}-${md}` : md
  return { at, text: m[0], day: full, ...weekdayField(undefined, full) }
}

/** Capitalised words that are not months, days or sentence-initial function words. */
function nameCount(words: Word[]): number {
  let n = 0
  for (const w of words) if ((w.cap || w.raw === 'US') && !NOT_NAMES.has(w.lower)) n++
  return n
}

/** Two dated events conflict when they are the same event on different days. */
const RELATIVE =
  /\b(?:after|before|later|earlier|ago|yesterday|today|tomorrow|next|last|previous|following|this)\b/i

export function sameEventDifferentDay(a: DatedEvent, b: DatedEvent): boolean {
  if (a.event !== b.event) return false
  // "a week after", "yesterday", "the next day": relative dates hang on a reference the rule
  // cannot see (the article's own date, another event), so they never conflict here.
  if (RELATIVE.test(a.dateText) || RELATIVE.test(b.dateText)) return false
  // Two shared names (people, places) make it the same event; one ("North Korea") does not,
  // unless both are their articles' first report of the event and share a word besides the
  // verb ("Reid checked into Promises on Friday" / "Reid checked herself in on Tuesday").
  const shared = a.names.filter((n) => b.names.includes(n)).length
  const lead =
    ONE_OFF.has(a.event) &&
    a.first &&
    b.first &&
    shared > 0 &&
    a.terms.some((t) => b.terms.includes(t) && classOf(EVENT_VERBS, t) === undefined)
  if (shared < 2 && !lead) return false
  if (a.day && b.day) {
    const da = a.day.length === b.day.length ? a.day : a.day.slice(-5)
    const db = a.day.length === b.day.length ? b.day : b.day.slice(-5)
    return da !== db
  }
  // Undated articles' weekdays: only a weekday set against a weekday, and only for events that
  // happen once (a death, a check-in), not a meeting or statement that recurs on other days.
  if (!ONE_OFF.has(a.event) || (a.day === '' && b.day === '')) return false
  return a.weekday !== undefined && b.weekday !== undefined && a.weekday !== b.weekday
}
