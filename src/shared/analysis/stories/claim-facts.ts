import { claimsOf, type DocClaims, type QuantityClaim } from '../claims/doc-claims'
import { sameEventDifferentDay, type DatedEvent } from '../claims/dates'
import { claimLabel, conflictScore, DISJOINT } from '../claims/number-rule'
import { formatFigure, QUALIFIER_TEXT } from '../claims/numbers'
import { roleVerdict } from '../claims/pair-rules'
import { misattributed } from '../claims/quotes'
import type { RoleClaim, QuoteClaim } from '../claims/doc-claims'
import { magnitudesIn } from '../claims/frames'
import { splitSentences, type Span } from '../../text/sentences'

export const CLAIM_KINDS = ['quantity', 'date', 'role', 'attribution'] as const
export type ClaimKind = (typeof CLAIM_KINDS)[number]

/** What the claim table reads of one article. */
export type ClaimDoc = {
  id: string
  title: string
  source: string
  /** YYYY-MM-DD or ''. */
  date: string
  /** The time of the text held (articleTime): a timestamp, a day, or ''. */
  time: string
  text: string
}

/**
 * One statement of a claim by one article: the value as read and the passage that says it.
 * `clash` says whether another statement of the same claim contradicts this one, by the same
 * rules the contradiction engine applies, so the table never marks what the engine would not.
 */
export type Fact = {
  key: string
  kind: ClaimKind
  label: string
  value: string
  start: number
  end: number
  article: string
  /** The article's time (ClaimDoc.time). */
  time: string
  /** Set on counts, for telling an updated figure from a conflicting one. */
  figure?: { lo: number; hi: number }
  clash: (other: Fact) => boolean
}

const figureText = (q: QuantityClaim): string =>
  `${QUALIFIER_TEXT[q.qualifier]}${formatFigure(q.lo, q.hi, q.unit)}`

type Typed<T> = Fact & { raw: T }

// A story is one event, so its quake has one magnitude row whatever place a sentence names.
const quantityKey = (q: QuantityClaim): string =>
  q.frame === MAGNITUDE ? `q|${MAGNITUDE}|` : `q|${q.frame}|${q.scope}`

const MAGNITUDE = 'magnitude|quake'

/**
 * The magnitudes an article states that the engine does not compare: it gives two (its own
 * figure and the USGS one) or names them beside aftershocks. The analyst still sees them in
 * the magnitude row, as one cell that never counts as a conflict.
 */
function uncomparedMagnitudes(doc: ClaimDoc, sentences: Span[], claims: DocClaims): Fact | null {
  if (claims.quantities.some((q) => q.frame === MAGNITUDE)) return null
  const found = sentences.flatMap((s) => magnitudesIn(doc.text, s.start, s.end))
  const first = found[0]
  if (!first) return null
  const values = [...new Set(found.map((q) => formatFigure(q.lo, q.hi, q.unit)))]
  return {
    key: `q|${MAGNITUDE}|`,
    kind: 'quantity',
    label: claimLabel(first, first),
    value: values.join('; '),
    start: first.start,
    end: first.end,
    article: doc.id,
    time: doc.time,
    clash: () => false
  }
}

const dayOf = (time: string): string | undefined => time.slice(0, 10) || undefined

/**
 * The claims of one article the contradiction engine would compare: figures inside a frame
 * (an outcome count, an age, a magnitude, a sum with its verb), dated events, offices and
 * quote speakers. Noise such as times of day, distances or background years never gets here.
 */
export function factsOf(doc: ClaimDoc): Fact[] {
  const sentences = splitSentences(doc.text)
  const claims: DocClaims = claimsOf(doc.text, sentences, doc.date || undefined)
  const out: Fact[] = []
  for (const q of claims.quantities) {
    const label = claimLabel(q, q)
    const f: Typed<QuantityClaim> = {
      key: quantityKey(q),
      kind: 'quantity',
      label:
        q.scope && q.scope !== 'nation' && q.frame !== MAGNITUDE ? `${label} (${q.scope})` : label,
      value: figureText(q),
      start: q.start,
      end: q.end,
      article: doc.id,
      time: doc.time,
      figure: { lo: q.lo, hi: q.hi },
      raw: q,
      clash: (o) => {
        const other = (o as Partial<Typed<QuantityClaim>>).raw
        return other !== undefined && (conflictScore(q, other) ?? 0) >= DISJOINT
      }
    }
    out.push(f)
  }
  const shown = uncomparedMagnitudes(doc, sentences, claims)
  if (shown) out.push(shown)
  for (const d of claims.dates) {
    const f: Typed<DatedEvent> = {
      key: `d|${d.event}|${d.names.join(',')}`,
      kind: 'date',
      label: `${d.event}${d.names.length ? ` (${d.names.join(', ')})` : ''}`,
      value: d.day || d.dateText,
      start: d.start,
      end: d.end,
      article: doc.id,
      time: doc.time,
      raw: d,
      clash: (o) => sameEventDifferentDay(d, (o as Typed<DatedEvent>).raw)
    }
    out.push(f)
  }
  for (const r of claims.roles) {
    const f: Typed<RoleClaim> = {
      key: `r|${r.person}`,
      kind: 'role',
      label: `${r.name}: office`,
      value: `${r.title}${r.org ? ` (${r.org})` : ''}`,
      start: r.start,
      end: r.end,
      article: doc.id,
      time: doc.time,
      raw: r,
      // Offices change hands: the engine's window between the two articles' days applies.
      clash: (o) =>
        roleVerdict(r, (o as Typed<RoleClaim>).raw, dayOf(doc.time), dayOf(o.time)) !== undefined
    }
    out.push(f)
  }
  for (const q of claims.quotes)
    if (q.speaker && q.words.length >= 4) {
      const f: Typed<QuoteClaim> = {
        key: `a|${q.words.slice(0, 6).join(' ')}`,
        kind: 'attribution',
        label: `“${q.words.slice(0, 8).join(' ')}…” said by`,
        value: q.speakerName,
        start: q.start,
        end: q.end,
        article: doc.id,
        time: doc.time,
        raw: q,
        clash: (o) => misattributed(q, (o as Typed<QuoteClaim>).raw)
      }
      out.push(f)
    }
  return out
}
