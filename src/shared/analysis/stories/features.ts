import { tokenize } from '../../text/tokens'
import { featureId } from './feature-ids'
import { Reading, type ArticleFeatures } from './reading'
import { flagsAt, JOINER, NOISE, STOP, termAt, wordSlot } from './word-table'

/** What story detection needs of an article. */
export type StoryDoc = {
  id: string
  title: string
  text: string
  /** ISO date or timestamp of publication, when known ("" or absent otherwise). */
  date?: string
}

/**
 * An article reduced to what grouping compares: weighted features and a day number. Computed
 * once per article; the weights are raw (term frequency), IDF is applied at comparison time so
 * a signature never goes stale as the library grows.
 */
export type Signature = {
  id: string
  /** Feature → raw weight. Keys: a stemmed word, `=name` for a multi-word name, `@place`. */
  features: Map<string, number>
  /** Days since 1970 of publication, or NaN when unknown. */
  day: number
  /** The dateline's place, lower case ("jakarta"), or "". */
  place: string
  /** The features that name something: multi-word names, capitalised words, the place. */
  entities: Set<string>
  /** How a feature key was first written ("earthquake" for "earthquak"), for naming a story. */
  surface: Map<string, string>
}

// Read this many characters at most: the lead carries the event, and long texts stay cheap.
const MAX_CHARS = 6000
const TITLE_WEIGHT = 2
// A name is the strongest evidence of one event; a place in the dateline nearly as strong.
const NAME_WEIGHT = 2
const PLACE_WEIGHT = 1.5

const DATELINE =
  /^\s*([A-Z][A-Z.'’ -]{2,30}?)(?:,\s*[A-Z][\p{L}. ]{1,30})?\s*(?:\([^)]{1,30}\)\s*)?[-–—:]/u
/** Days since 1970 of an ISO date or timestamp; NaN when absent or unreadable. */
export function dayOf(date: string | undefined): number {
  if (!date) return NaN
  const t = Date.parse(date.length === 10 ? `${date}T00:00:00Z` : date)
  return Number.isNaN(t) ? NaN : Math.floor(t / 86_400_000)
}

/** The place of a dateline ("JAKARTA, Indonesia (AP) —") at the start of the text, or "". */
export function datelinePlace(text: string): string {
  const m = DATELINE.exec(text.slice(0, 120))
  return m?.[1] ? m[1].trim().toLowerCase() : ''
}

// By char code: 1 ends a name run ("," ":" quotes, brackets, dashes); 2 also ends a sentence.
const BREAKS = new Uint8Array(0x2020)
for (const c of ',:;"“”()—–') BREAKS[c.charCodeAt(0)] = 1
for (const c of '.!?\n') BREAKS[c.charCodeAt(0)] = 2

function gapBreak(text: string, from: number, to: number): number {
  let b = 0
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x2020 && (BREAKS[c] as number) > b) b = BREAKS[c] as number
  }
  return b
}

const isUpper = (c: number): boolean => {
  if (c < 0x80) return c >= 65 && c <= 90
  const ch = String.fromCharCode(c)
  return ch !== ch.toLowerCase()
}

/** Words, names and place of one article. Pure and deterministic. */
export function signatureOf(doc: StoryDoc): ArticleFeatures {
  const reading = new Reading()
  scan(doc.title, TITLE_WEIGHT, reading)
  scan(doc.text.slice(0, MAX_CHARS), 1, reading)
  const place = datelinePlace(doc.text)
  const title = place.replace(/\s+/g, ' ').replace(/\b\p{L}/gu, (c) => c.toUpperCase())
  if (place) reading.add(featureId(`@${place}`), PLACE_WEIGHT, title, 0, title.length, true)
  return reading.signature(doc.id, dayOf(doc.date), place)
}

function scan(text: string, weight: number, reading: Reading): void {
  const t = tokenize(text)
  let runFrom = -1
  let runTo = -1
  let sentenceStart = true
  const flush = (): void => {
    // Trailing joiners ("Bank of") are not part of the name.
    while (runTo > runFrom && !isUpper(text.charCodeAt(t.starts[runTo - 1] as number))) runTo--
    if (runFrom >= 0 && runTo - runFrom >= 2) {
      const written = text
        .slice(t.starts[runFrom] as number, t.ends[runTo - 1] as number)
        .replace(/\s+/g, ' ')
      const fid = featureId(`=${written.toLowerCase()}`)
      reading.add(fid, NAME_WEIGHT * weight, written, 0, written.length, true)
    }
    runFrom = runTo = -1
  }
  let last = 0
  for (let k = 0; k < t.count; k++) {
    const start = t.starts[k] as number
    const end = t.ends[k] as number
    const hash = t.hashes[k] as number
    const gap = gapBreak(text, last, start)
    if (gap) flush()
    if (gap === 2) sentenceStart = true
    last = end
    const upper = isUpper(text.charCodeAt(start))
    const slot = wordSlot(hash, text, start, end)
    const stop = (flagsAt(slot) & (STOP | NOISE)) !== 0
    if (upper && !(sentenceStart && stop)) {
      if (runFrom < 0) runFrom = k
      runTo = k + 1
    } else if (runFrom >= 0 && flagsAt(slot) & JOINER) runTo = k + 1
    else flush()
    const named = upper && !sentenceStart
    sentenceStart = false
    const term = termAt(slot)
    if (term >= 0) reading.add(term, upper ? weight * 1.25 : weight, text, start, end, named)
  }
  flush()
}
