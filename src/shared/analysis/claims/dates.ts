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
  /** YYYY-MM-DD, or MM-DD when the year is not given and the article has no date. */
  day: string
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
  captured: 'captured'
}

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
  // chrono costs about 0.2 ms a sentence: parse only sentences that name an event.
  const event = eventVerb(words)
  // The same event needs two shared names later, so a sentence with fewer is never compared.
  if (!event || nameCount(words) < 2) return []
  const ref = articleDate ? new Date(`${articleDate}T12:00:00Z`) : undefined
  const out: DatedEvent[] = []
  for (const d of datesOf(sentence, ref)) {
    const from = offset + d.at
    const to = from + d.text.length
    const rest = words.filter((w) => w.end <= from || w.start >= to)
    const { terms, names } = termsOf(rest)
    if (!names.length) continue
    out.push({
      event,
      names,
      terms: terms.filter((t) => !names.includes(t)),
      day: d.day,
      dateText: d.text.replace(/^(on|On)\s+/, ''),
      start: offset,
      end: offset + sentence.length
    })
  }
  return out
}

/** A calendar day found in a sentence: where, as written, and as YYYY-MM-DD or MM-DD. */
type FoundDate = { at: number; text: string; day: string }

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
      const dayKnown = c.isCertain('day') || (ref !== undefined && c.isCertain('weekday'))
      if (at + r.text.length <= covered || !dayKnown || (!c.isCertain('month') && !ref)) continue
      const year = c.isCertain('year') || ref ? `${c.get('year')}-` : ''
      out.push({ at, text: r.text, day: `${year}${pad(c.get('month'))}-${pad(c.get('day'))}` })
      covered = at + r.text.length
    }
  }
  return out
}

const pad = (n: number | null): string => String(n ?? 0).padStart(2, '0')

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
  return { at, text: m[0], day: year ? `${year}-${md}` : md }
}

/** Capitalised words that are not months, days or sentence-initial function words. */
function nameCount(words: Word[]): number {
  let n = 0
  for (const w of words) if ((w.cap || w.raw === 'US') && !NOT_NAMES.has(w.lower)) n++
  return n
}

function eventVerb(words: Word[]): string | undefined {
  for (const w of words) {
    const e = EVENT_VERBS[w.lower] ?? (w.cap ? undefined : classOf(EVENT_VERBS, w.lower))
    if (e) return e
  }
  return undefined
}

/** Two dated events conflict when they are the same event on different days. */
const RELATIVE =
  /\b(?:after|before|later|earlier|ago|yesterday|today|tomorrow|next|last|previous|following|this)\b/i

export function sameEventDifferentDay(a: DatedEvent, b: DatedEvent): boolean {
  if (a.event !== b.event) return false
  // "a week after", "yesterday", "the next day": relative dates hang on a reference the rule
  // cannot see (the article's own date, another event), so they never conflict here.
  if (RELATIVE.test(a.dateText) || RELATIVE.test(b.dateText)) return false
  // Two shared names (people, places) make it the same event; one ("North Korea") does not.
  const shared = a.names.filter((n) => b.names.includes(n)).length
  if (shared < 2) return false
  const da = a.day.length === b.day.length ? a.day : a.day.slice(-5)
  const db = a.day.length === b.day.length ? b.day : b.day.slice(-5)
  return da !== db
}
