import type { Quantity } from './quantities'

/**
 * Which figures may be compared across articles at all. On real news most figures in a story are
 * not claims about the event's outcome: career statistics, distances, times of day, background
 * about another year. A figure is comparable only inside a frame that pins down what is counted:
 *  - an outcome of the event (people killed, wounded, detained, displaced, troops deployed,
 *    homes destroyed), read from the event verb and a countable head noun;
 *  - a named person's age ("Bettie Page, 85,"; "the 85-year-old Page");
 *  - an earthquake's magnitude.
 * Everything else is left out: precision first, a missed conflict costs less than a false one.
 */
const OUTCOME_EVENTS = new Set([
  'killed',
  'wounded',
  'fled',
  'detained',
  'released',
  'destroyed',
  'damaged',
  'deployed',
  'gathered',
  'received'
])
/** Events whose counted thing is named by its own head noun ("received 235,000 comments"). */
const ANY_HEAD_EVENTS = new Set(['received', 'destroyed', 'damaged'])
/** Heads of people counted by an arrest: "99 Mafia members seized" counts the 89 "people arrested". */
const ARRESTED = new Set(['people', 'suspects', 'prisoners'])
const OUTCOME_HEADS = new Set([
  'people',
  'troops',
  'officers',
  'protesters',
  'homes',
  'prisoners',
  'workers',
  'refugees',
  'suspects'
])

/** Cues that a sentence is background about another event, year or period. */
const BACKGROUND =
  /\b(?:last year|years? ago|months? ago|previous(?:ly)?|since (?:19|20)\d\d|in (?:19|20)\d\d|former(?:ly)?|record|career|season|all-time|history|historic|in the past|earlier this year|another|similar|compared (?:with|to)|a total of|so far this year|annual(?:ly)?|each year|every year|per year|a year|earlier|followed by|aftershocks?|foreshocks?|in (?:January|February|March|April|May|June|July|August|September|October|November|December)(?! \d))\b/i
/** Cues that the figure is a part of a larger count given elsewhere. */
const PART_OF = /\b(?:among (?:them|the|those)|of (?:them|whom|which|those)|including|includes?)\b/i
/** A figure that is a time of day, a date fragment or a clock reading. */
const CLOCK_AFTER = /^\s*(?::\d|(?:a\.?m\.?|p\.?m\.?|gmt|utc|hrs|hours? gmt|o'clock)\b)/i
const DATE_AROUND = /\d\s*[/.-]\s*$|^\s*[/]\s*\d/

/** Cues of the background that matter wherever they stand before the figure in its sentence. */
const FRONTED =
  /\b(?:last year|years? ago|months? ago|previous(?:ly)?|since (?:19|20)\d\d|in (?:19|20)\d\d|former(?:ly)?|in the past|another|similar|so far this year)\b/i
/** Where one clause of a sentence ends: a comma, semicolon, dash, or a joining conjunction. */
const CLAUSE_BREAK = /[,;:()]\s|\s--?\s|\s(?:and|but|while|whereas|after|before)\s/g

/** The clause of `sentence` around offset `at`. */
function clauseAt(sentence: string, at: number): string {
  let from = 0
  let to = sentence.length
  CLAUSE_BREAK.lastIndex = 0
  for (let m = CLAUSE_BREAK.exec(sentence); m; m = CLAUSE_BREAK.exec(sentence)) {
    if (m.index + m[0].length <= at) from = m.index + m[0].length
    else if (m.index > at) {
      to = m.index
      break
    }
  }
  return sentence.slice(from, to)
}

/**
 * True when the figure at `at` is background (another event, year or period) or a part of a
 * larger count: a cue in its own clause, a fronted time cue before it ("In 2004, ..."), or a
 * part-of cue before it ("including 300", "among them two women").
 */
function isBackground(sentence: string, at: number): boolean {
  const before = sentence.slice(0, at)
  return (
    BACKGROUND.test(clauseAt(sentence, at)) ||
    FRONTED.test(before) ||
    PART_OF.test(before) ||
    MONTH_FIRST.test(sentence)
  )
}

/** A sentence that opens on a month ("Early November, the Royal Navy had captured ...") tells
 * of an earlier episode: a story's own event is dated by its day, not its month. */
const MONTH_FIRST =
  /^\W*(?:(?:in|early|late|mid|by|since|last|on) )?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b(?! \d)/i

/**
 * The frame key a quantity is compared under, or undefined when it is not comparable.
 * `sentenceStart` is where `sentence` starts in `text`.
 */
export function outcomeFrame(
  q: Quantity,
  sentence: string,
  text: string,
  sentenceStart = 0
): string | undefined {
  if (isBackground(sentence, q.start - sentenceStart)) return undefined
  if (isClockOrDate(q, text)) return undefined
  // Money only with a verb that says what the sum is ("pledged $2.6 million in aid"): a bare
  // "$140 million" in a sports story is a salary, a bid or a career total. A theft has one
  // haul however it is described ("diamonds", "gems", "jewelry"), so its head is left out.
  if (q.unit) {
    if (!q.event) return undefined
    return `money|${q.unit}|${q.event}|${q.event === 'stolen' ? '' : q.head}|${q.entity}`
  }
  if (!OUTCOME_EVENTS.has(q.event)) return undefined
  const head = q.event === 'detained' && ARRESTED.has(q.head) ? 'people' : q.head
  if (!OUTCOME_HEADS.has(head) && !ANY_HEAD_EVENTS.has(q.event)) return undefined
  return `outcome|${q.event}|${head}|${q.entity}`
}

function isClockOrDate(q: Quantity, text: string): boolean {
  const after = text.slice(q.start, q.start + 40).replace(/^[^\d]*\d[\d,.]*/, '')
  const before = text.slice(Math.max(0, q.start - 3), q.start)
  return CLOCK_AFTER.test(after) || DATE_AROUND.test(before) || DATE_AROUND.test(after.slice(0, 3))
}

/** A figure found by a frame of its own (age, magnitude), in the Quantity shape. */
export type FramedFigure = Quantity & { frame: string }

const AGE_AFTER_NAME = /\b((?:[A-Z][a-z'’-]+ ){0,3}[A-Z][a-z'’-]+), (\d{1,3}),/g
const AGE_BEFORE_NAME =
  /\b(\d{1,3})-year-old (?:[a-z]+ ){0,3}((?:[A-Z][a-z'’-]+ ){0,3}[A-Z][a-z'’-]+)/g
/**
 * A fighter's or team's win-loss record right after the name: "Wladimir Klitschko (52-3, 46
 * KOs)", "Riddick Bowe, 43-1, 33 KO's". A draw count is ignored: "45-7-2" and "45-7" agree.
 */
const RECORD =
  /\b((?:[A-Z][a-z'’-]+ ){0,2}[A-Z][a-z'’-]+)(?: \(|, )(\d{1,3})-(\d{1,3})(?:-\d{1,3})?(?=[,)])/g
/** Background that moves a record to another time: a record is read only in the present. */
const PAST = /\b(?:last year|years? ago|in (?:19|20)\d\d|entering|going into)\b/i
const AGE_AT = /\b((?:[A-Z][a-z'’-]+ ){0,3}[A-Z][a-z'’-]+)\b[^.;]{0,60}? at the age of (\d{1,3})\b/g
const MAGNITUDE =
  /\b(?:magnitude(?:-| of )?(\d(?:\.\d)?)|(\d(?:\.\d)?) ?(?:-| )magnitude|(\d(?:\.\d)?) on the Richter scale)/gi
const QUAKE = /\b(?:earthquake|quake|temblor|tremor)\b/i
const OTHER_QUAKES =
  /\b(?:more|smaller|small|between|series|swarm|flurry|several|largest|strongest)\b/i
const MONTH = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*$/
const NOT_A_NAME = /^(?:The|A|An|He|She|It|They|In|On|At|By|Mr|Mrs|Ms|Dr|Sen|Rep)$/

/** Ages of named people and quake magnitudes in one sentence. */
export function framedFigures(text: string, start: number, end: number): FramedFigure[] {
  const s = text.slice(start, end)
  const out: FramedFigure[] = []
  // A record names its own moment (the fight just reported), so the background cues that
  // silence other figures ("record", "career") do not apply; only a past year or "entering" does.
  if (!PAST.test(s))
    for (const m of s.matchAll(RECORD)) {
      const parts = (m[1] as string).split(' ').filter((p) => !NOT_A_NAME.test(p))
      const who = parts[parts.length - 1]
      if (!who || MONTH.test(who)) continue
      const value = Number(m[2]) * 1000 + Number(m[3])
      const f = figure(
        `record|${who.toLowerCase()}`,
        value,
        'record',
        parts.join('+'),
        start + m.index,
        m[0].length
      )
      out.push({ ...f, unit: 'record', headWord: parts.join(' ') })
    }
  if (BACKGROUND.test(s)) return out
  const age = (name: string, value: string, at: number, len: number): void => {
    const parts = name.split(' ').filter((p) => !NOT_A_NAME.test(p))
    const n = Number(value)
    if (!parts.length || n < 1 || n > 120) return
    // Keyed by the whole name: two Gomeses in one story are two people. "the 35-year-old
    // Gomes" then compares only with other surname-only mentions.
    const who = parts.join(' ')
    out.push(figure(`age|${who.toLowerCase()}`, n, 'age', who, start + at, len))
  }
  for (const m of s.matchAll(AGE_AFTER_NAME))
    age(m[1] as string, m[2] as string, m.index, m[0].length)
  for (const m of s.matchAll(AGE_BEFORE_NAME))
    age(m[2] as string, m[1] as string, m.index, m[0].length)
  for (const m of s.matchAll(AGE_AT)) age(m[1] as string, m[2] as string, m.index, m[0].length)
  // Several quakes in one story (aftershocks, a swarm) are told apart only by wording, so a
  // magnitude counts only in a sentence that names the quake and no other.
  if (!OTHER_QUAKES.test(s)) out.push(...magnitudesIn(text, start, end))
  return out
}

/**
 * Every quake magnitude a sentence states, whatever else it tells of. The engine compares
 * only those `framedFigures` keeps; the claim table shows the rest so no stated value is hidden.
 */
export function magnitudesIn(text: string, start: number, end: number): FramedFigure[] {
  const s = text.slice(start, end)
  if (!QUAKE.test(s)) return []
  return [...s.matchAll(MAGNITUDE)].map((m) =>
    figure(
      'magnitude|quake',
      Number(m[1] ?? m[2] ?? m[3]),
      'magnitude',
      '',
      start + m.index,
      m[0].length
    )
  )
}

function figure(
  frame: string,
  value: number,
  head: string,
  entity: string,
  at: number,
  len: number
): FramedFigure {
  return {
    frame,
    lo: value,
    hi: value,
    qualifier: 'exact',
    unit: '',
    head,
    headWord: head,
    entity: entity.toLowerCase(),
    event: '',
    start: at,
    end: at + len
  }
}
