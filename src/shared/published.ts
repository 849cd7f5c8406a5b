/**
 * Publication times. An article carries `date` (its calendar day, YYYY-MM-DD) and, when the
 * page or text states a time of day, `published` and `updated` as ISO 8601 timestamps
 * ("2013-07-02T09:14:00+03:30", or without an offset when the zone was not stated). A time
 * without an offset is read as UTC so that every machine orders the same articles alike.
 */

/** A timestamp with a time of day; seconds, fraction and offset optional. */
export const TIMESTAMP =
  /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?$/

/** True for a timestamp naming a real instant (no 31 February, no hour 25). */
export function isTimestamp(s: string): boolean {
  const m = TIMESTAMP.exec(s)
  if (!m) return false
  const [y, mo, d] = (m[1] as string).split('-').map(Number) as [number, number, number]
  const day = new Date(Date.UTC(y, mo - 1, d))
  if (day.getUTCFullYear() !== y || day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d)
    return false
  const [h, min, sec] = [Number(m[2]), Number(m[3]), Number(m[4] ?? 0)]
  if (h > 23 || min > 59 || sec > 59) return false
  const zone = m[5]
  if (zone && zone !== 'Z') {
    const [zh, zm] = zone.slice(1).split(':').map(Number) as [number, number]
    if (zh > 14 || zm > 59) return false
  }
  return true
}

/** Milliseconds since 1970 of a timestamp (floating times read as UTC); NaN when unreadable. */
export function instantOf(stamp: string): number {
  const m = TIMESTAMP.exec(stamp)
  if (!m) return NaN
  return Date.parse(m[5] ? stamp : `${stamp}Z`)
}

/** What a time is known of an article: its day and, when stated, its latest timestamp. */
export type Dated = { date?: string; published?: string; updated?: string }

/**
 * The time of the text we hold: the last update when the article states one, else its
 * publication time, else its day; '' when nothing is known. Figures in the text were written
 * by then, so this is the time an "updated figure" is judged by.
 */
export const articleTime = (a: Dated): string => a.updated || a.published || a.date || ''

/**
 * Which of two article times came first: negative, positive, or 0 for the same moment (or
 * the same day when neither gives a time of day); undefined when the order is not known:
 * either is missing, or a day is set against a timestamp less than two days from it.
 */
export function compareTimes(a: string, b: string): number | undefined {
  if (!a || !b) return undefined
  const dayA = a.slice(0, 10)
  const dayB = b.slice(0, 10)
  const timed = a.length > 10 && b.length > 10
  if (timed) {
    const d = instantOf(a) - instantOf(b)
    return Number.isNaN(d) ? undefined : d
  }
  // A day against a timestamp: ordered only when the days differ (by a margin that no time
  // zone can cross, so a late-evening stamp is never put after the next morning's date).
  const apart = (Date.parse(`${dayA}T00:00:00Z`) - Date.parse(`${dayB}T00:00:00Z`)) / 86_400_000
  if (Number.isNaN(apart)) return undefined
  if (a.length === 10 && b.length === 10) return apart
  return Math.abs(apart) >= 2 ? apart : undefined
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/**
 * A time as people read it, in the zone it was stated in: "2 Jul 2013, 09:14 +03:30",
 * "2 Jul 2013" for a day; '' for nothing and the input itself when it cannot be read.
 */
export function formatTime(s: string): string {
  if (!s) return ''
  const d = /^(\d{4})-(\d{2})-(\d{2})/.exec(s)
  if (!d) return s
  const day = `${Number(d[3])} ${MONTHS[Number(d[2]) - 1] ?? d[2]} ${d[1]}`
  const m = TIMESTAMP.exec(s)
  if (!m) return day
  const zone = !m[5] ? '' : m[5] === 'Z' || m[5] === '+00:00' ? ' UTC' : ` ${m[5]}`
  return `${day}, ${m[2]}:${m[3]}${zone}`
}

/**
 * When an article came out, as people read it: "2 Jul 2013, 09:14 UTC" (its day when no time
 * of day is known), then ", updated 2 Jul 2013, 16:45 UTC" when it states an update.
 */
export const whenText = (a: Dated): string =>
  [formatTime(a.published || a.date || ''), a.updated && `updated ${formatTime(a.updated)}`]
    .filter(Boolean)
    .join(', ')
