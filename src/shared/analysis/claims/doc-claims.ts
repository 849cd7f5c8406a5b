import { datedEvents, type DatedEvent } from './dates'
import { framedFigures, outcomeFrame } from './frames'
import { wordsOf, type Word } from './lexicon'
import { quantitiesIn, type Quantity } from './quantities'
import { scopeOf } from './scope'
import { quotesIn, type Quote } from './quotes'
import { rolesIn, type RoleMention } from './roles'
import { clausesOf, stanceOf, type Stance } from './stance'
import { createSentenceMemo, moved } from './sentence-memo'

/** A span of an article: a sentence, clause or mention. */
export type Span = { start: number; end: number }

/**
 * A quantity with the index of the sentence it sits in (within its article), its scope, and the
 * frame that says what it counts; only figures in a frame are ever compared.
 */
export type QuantityClaim = Quantity & {
  sentence: number
  scope: string
  frame: string
  /** The article's first figure in this frame: the figure its report leads with. */
  first?: boolean
}
/** A negative claim (denied, no evidence) with the clause it was read from. */
export type NegativeClaim = Stance & { clause: Span; sentence: number }
export type DateClaim = DatedEvent
export type RoleClaim = RoleMention
export type QuoteClaim = Quote

/** Everything the contradiction rules read from one article. */
export type DocClaims = {
  quantities: QuantityClaim[]
  negatives: NegativeClaim[]
  roles: RoleClaim[]
  dates: DateClaim[]
  quotes: QuoteClaim[]
}

// One pass of one regex over the whole text finds which sentences may hold which claims, so
// the extractors run on a few sentences only. Groups: 1 number, 2 negation, 3 title, 4 date.
const TRIGGERS = new RegExp(
  [
    /((?<![A-Za-z])\d|\b(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Hh]undred|[Tt]housand|[Mm]illion|[Bb]illion|[Dd]ozen)\b)/,
    /(\b(?:[Nn]o|[Nn]ot|[Nn]ever|[Nn]one|[Ww]ithout|[Dd]en(?:y|ied|ies)|[Dd]ismiss\w*|[Rr]eject\w*)\b|n['’]t\b)/,
    /(\b(?:Minister|Secretary|President|Chancellor|Advisor|Adviser|Commander|Commodore|General|Ambassador|Director|Manager|chief|minister|secretary|president|director|manager|spokesman)\b)/,
    /(\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t|tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)/
  ]
    .map((r) => r.source)
    .join('|'),
  'g'
)
const NUMBER = 1
const NEGATION = 2
const TITLE = 4
const DATE = 8

/** Per sentence, the bit set of claim kinds it may hold. */
function triggersOf(text: string, sentences: Span[]): Uint8Array {
  const flags = new Uint8Array(sentences.length)
  let k = 0
  TRIGGERS.lastIndex = 0
  for (let m = TRIGGERS.exec(text); m; m = TRIGGERS.exec(text)) {
    while (k < sentences.length && (sentences[k] as Span).end <= m.index) k++
    if (k >= sentences.length) break
    if (m.index < (sentences[k] as Span).start) continue
    const bit = m[1] ? NUMBER : m[2] ? NEGATION : m[3] ? TITLE : DATE
    flags[k] = (flags[k] as number) | bit
  }
  return flags
}

/**
 * Reads the claims of one article, sentence by sentence. `sentences` are the spans the
 * paraphrase index already split, so the text is split once for both stages.
 */
export function claimsOf(text: string, sentences: Span[], date: string | undefined): DocClaims {
  const out: DocClaims = { quantities: [], negatives: [], roles: [], dates: [], quotes: [] }
  const flags = triggersOf(text, sentences)
  sentences.forEach((span, index) => {
    const f = flags[index] as number
    if (f === 0) return
    const c = sentenceMemo(text, span, `${f}|${date ?? ''}`, () =>
      sentenceClaims(text, span, index, f, date)
    )
    for (const q of c.quantities) out.quantities.push({ ...q, sentence: index })
    for (const n of c.negatives) out.negatives.push({ ...n, sentence: index })
    out.roles.push(...c.roles)
    out.dates.push(...c.dates)
  })
  out.quotes = quotesIn(text)
  out.quantities = singleMagnitude(out.quantities)
  const events = new Set<string>()
  for (const d of out.dates) {
    if (events.has(d.event)) continue
    events.add(d.event)
    d.first = true
  }
  const seen = new Set<string>()
  for (const q of out.quantities) {
    if (seen.has(q.frame)) continue
    seen.add(q.frame)
    q.first = true
  }
  return out
}

/** The claims of one sentence, offsets into the whole text. */
type SentenceClaims = Pick<DocClaims, 'quantities' | 'negatives' | 'roles' | 'dates'>

function sentenceClaims(
  text: string,
  span: Span,
  index: number,
  f: number,
  date: string | undefined
): SentenceClaims {
  const words = wordsOf(text, span.start, span.end)
  return {
    quantities: f & NUMBER ? quantityClaims(words, text, index, span) : [],
    negatives: f & NEGATION ? negativeClaims(words, text, index) : [],
    roles: f & TITLE ? rolesIn(words, text) : [],
    dates: f & DATE ? datedEvents(text.slice(span.start, span.end), span.start, words, date) : []
  }
}

// The offsets a sentence's claims hold: every mention's span, and a negative claim's clause.
const sentenceMemo = createSentenceMemo<SentenceClaims>((c, by) => ({
  quantities: c.quantities.map((q) => moved(q, by)),
  negatives: c.negatives.map((n) => ({ ...n, clause: moved(n.clause, by) })),
  roles: c.roles.map((r) => moved(r, by)),
  dates: c.dates.map((d) => moved(d, by))
}))

function quantityClaims(
  words: Word[],
  text: string,
  sentence: number,
  span: Span
): QuantityClaim[] {
  const framed = framedFigures(text, span.start, span.end)
  const found = quantitiesIn(words, text)
  if (!found.length && !framed.length) return []
  const scope = scopeOf(words)
  const body = text.slice(span.start, span.end)
  const out: QuantityClaim[] = framed.map((q) => ({ ...q, sentence, scope }))
  for (const q of found) {
    const frame = outcomeFrame(q, body, text, span.start)
    if (frame) out.push({ ...q, sentence, scope, frame })
  }
  return out
}

function negativeClaims(words: Word[], text: string, sentence: number): NegativeClaim[] {
  const out: NegativeClaim[] = []
  for (const clause of clausesOf(words, text)) {
    const st = stanceOf(clause, text)
    if (!st?.negative) continue
    const span = { start: (clause[0] as Word).start, end: (clause[clause.length - 1] as Word).end }
    out.push({ ...st, clause: span, sentence })
  }
  return out
}

/** Positive, unhedged clauses of a sentence that assert every term of a negative claim. */
export function assertingClause(
  text: string,
  sentence: Span,
  neg: Stance
): { span: Span; stance: Stance } | undefined {
  const words = wordsOf(text, sentence.start, sentence.end)
  for (const clause of clausesOf(words, text)) {
    const st = stanceOf(clause, text)
    if (!st || st.negative) continue
    const have = new Set(st.terms)
    if (!neg.terms.every((t) => have.has(t))) continue
    const span = { start: (clause[0] as Word).start, end: (clause[clause.length - 1] as Word).end }
    return { span, stance: st }
  }
  return undefined
}

/**
 * An article that gives two magnitudes is telling of two quakes (or of a revision it already
 * explains), so none of its magnitudes is set against another article's.
 */
function singleMagnitude(qs: QuantityClaim[]): QuantityClaim[] {
  const values = new Set(qs.filter((q) => q.frame === 'magnitude|quake').map((q) => q.lo))
  return values.size > 1 ? qs.filter((q) => q.frame !== 'magnitude|quake') : qs
}
