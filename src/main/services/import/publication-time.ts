import * as chrono from 'chrono-node/en'

/**
 * A stated time: its calendar day as written (in the zone it was stated in) and, when a time
 * of day is stated, an ISO 8601 timestamp keeping that zone ("2013-07-02T09:14:00+07:00"; no
 * offset when the zone was not stated). `stamp` is '' for a day alone.
 */
export type Stamp = { day: string; stamp: string }

const pad = (n: number, w = 2): string => String(Math.abs(n)).padStart(w, '0')

function realDay(y: number, m: number, d: number): string {
  const t = new Date(Date.UTC(y, m - 1, d))
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return ''
  return `${y}-${pad(m)}-${pad(d)}`
}

const offsetText = (minutes: number): string =>
  minutes === 0
    ? 'Z'
    : `${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`

function build(day: string, h: number, min: number, s: number, offset: number | null): string {
  if (!day || h > 23 || min > 59 || s > 59) return ''
  return `${day}T${pad(h)}:${pad(min)}:${pad(s)}${offset === null ? '' : offsetText(offset)}`
}

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?/i

/** Minutes east of UTC for "Z", "+0700", "+07:00", "-05"; null when absent. */
function isoOffset(zone: string | undefined): number | null {
  if (!zone) return null
  if (/^(z|utc|gmt)$/i.test(zone)) return 0
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone)
  if (!m) return null
  const v = Number(m[2]) * 60 + Number(m[3] ?? 0)
  return m[1] === '-' ? -v : v
}

/**
 * Reads a time as pages state it: ISO 8601 ("2013-07-02T09:14:00+0700", "2013-07-02 09:14"),
 * or prose and RFC 2822 through chrono ("Jul 2, 2013 9:14am EDT", "14:05 GMT, 2 July 2013").
 * The year must be written: "July 2" alone is not a publication time. Midnight exactly is read
 * as a day alone, since CMSs write 00:00:00 when they only know the day.
 */
export function readStamp(text: string): Stamp | undefined {
  const s = text.trim()
  const iso = ISO.exec(s)
  if (iso) {
    const day = realDay(Number(iso[1]), Number(iso[2]), Number(iso[3]))
    if (!day) return undefined
    if (iso[4] === undefined) return { day, stamp: '' }
    const [h, min, sec] = [Number(iso[4]), Number(iso[5]), Number(iso[6] ?? 0)]
    if (h === 0 && min === 0 && sec === 0) return { day, stamp: '' }
    return { day, stamp: build(day, h, min, sec, isoOffset(iso[7])) }
  }
  for (const r of chrono.parse(s.slice(0, 200))) {
    if (!/\b(1[89]|20)\d{2}\b/.test(r.text) || !r.start.isCertain('day')) continue
    const [y, m, d] = [r.start.get('year'), r.start.get('month'), r.start.get('day')]
    const day = y && m && d ? realDay(y, m, d) : ''
    if (!day) continue
    if (!r.start.isCertain('hour')) return { day, stamp: '' }
    const offset = r.start.isCertain('timezoneOffset') ? r.start.get('timezoneOffset') : null
    const stamp = build(
      day,
      r.start.get('hour') ?? 0,
      r.start.get('minute') ?? 0,
      r.start.get('second') ?? 0,
      offset ?? null
    )
    return { day, stamp }
  }
  return undefined
}

// Lines near the top or foot of an article that state when it was published or updated:
// "Updated 14:05 GMT, 2 July 2013", "Published: 2 July 2013 | Updated: ...", "Posted on ...".
const STATED =
  /\b(?:(last\s+)?(updated|modified|revised)|(published|posted|first published|created))(?:\s+(?:on|at))?\s*:?\s*/gi

/** Published and updated times stated in lines of the text (bylines, "Updated" lines). */
export function statedInText(paragraphs: readonly string[]): {
  published?: Stamp
  updated?: Stamp
} {
  const out: { published?: Stamp; updated?: Stamp } = {}
  const lines = [...paragraphs.slice(0, 4), ...paragraphs.slice(-2)].filter((p) => p.length < 240)
  for (const line of lines) {
    // "Published: X | Updated: Y" holds two times: each label reads up to the next one.
    const labels = [...line.matchAll(STATED)]
    labels.forEach((m, i) => {
      const from = m.index + m[0].length
      const to = labels[i + 1]?.index ?? line.length
      const found = readStamp(line.slice(from, to).replace(/^[\s|·•,-]+|[\s|·•,-]+$/g, ''))
      if (!found) return
      if (m[2]) out.updated ??= found
      else out.published ??= found
    })
  }
  return out
}

/** The first candidate that reads as a time, or a later one of the same day that adds a time. */
export function pickStated(candidates: readonly string[]): string {
  let best: { raw: string; s: Stamp } | undefined
  for (const raw of candidates) {
    const s = raw ? readStamp(raw) : undefined
    if (!s) continue
    if (!best || (!best.s.stamp && s.stamp && s.day === best.s.day)) best = { raw, s }
    if (best.s.stamp) break
  }
  return best?.raw ?? ''
}
