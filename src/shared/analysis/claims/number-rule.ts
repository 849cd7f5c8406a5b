import { formatFigure, interval, QUALIFIER_TEXT } from './numbers'
import type { Quantity } from './quantities'

/** The outcome of comparing two figures for the same thing. */
export type NumberConflict = { score: number; explanation: string }

/** The key two quantities must share to be compared: unit, head class, event and entities. */
export const quantityKey = (q: Quantity): string => `${q.unit}|${q.head}|${q.event}|${q.entity}`

/**
 * Compares two figures given for the same thing. Equal stated figures never conflict, whatever
 * the hedges ("up to 12,000" vs "12,000"); an estimate ("about 3,000") agrees with any figure
 * inside its ±10 %; a range agrees with a figure inside it. Otherwise the figures conflict:
 * strongly when their intervals are disjoint, less when one merely bounds the other
 * ("at least 5" vs "24" is still shown, as a different estimate).
 */
export function compareQuantities(a: Quantity, b: Quantity): NumberConflict | undefined {
  const score = conflictScore(a, b)
  if (score === undefined) return undefined
  return { score, explanation: `number: ${figureText(a)} vs ${figureText(b)} (${subject(a, b)})` }
}

/** The conflict's score, or undefined when the figures agree: numbers only, no strings. */
export function conflictScore(a: Quantity, b: Quantity): number | undefined {
  if (a.unit !== b.unit || a.head !== b.head || a.event !== b.event || a.entity !== b.entity)
    return undefined
  return figureConflict(a, b)
}

/** The conflict's score for two figures already known to count the same thing. */
export function figureConflict(a: Quantity, b: Quantity): number | undefined {
  if (a.lo === b.lo && a.hi === b.hi) return undefined
  const [alo, ahi] = interval(a.qualifier, a.lo, a.hi)
  const [blo, bhi] = interval(b.qualifier, b.lo, b.hi)
  const overlap = alo <= bhi && blo <= ahi
  if (overlap && (agrees(a, b) || agrees(b, a))) return undefined
  return overlap ? 0.55 : DISJOINT
}

/** The score of figures whose intervals do not meet at all. */
export const DISJOINT = 0.8

/** True when `est` is an estimate or range that contains the other's stated figure. */
function agrees(est: Quantity, other: Quantity): boolean {
  const soft = est.qualifier === 'about' || est.qualifier === 'nearly' || est.lo !== est.hi
  if (!soft) return false
  const [lo, hi] =
    est.lo !== est.hi && est.qualifier === 'exact'
      ? [est.lo, est.hi]
      : interval(est.qualifier, est.lo, est.hi)
  return other.lo >= lo && other.hi <= hi
}

export const figureText = (q: Quantity): string =>
  `${QUALIFIER_TEXT[q.qualifier]}${formatFigure(q.lo, q.hi, q.unit)}`

const ENTITY_TEXT: Record<string, string> = {
  north_korea: 'North Korean',
  south_korea: 'South Korean',
  new_zealand: 'New Zealand',
  us: 'US',
  uk: 'British',
  nato: 'NATO',
  eu: 'EU'
}

/** What the two figures count, for people: "people wounded", "age of Gary Gomes". */
export function claimLabel(a: Quantity, b: Quantity): string {
  if (a.head === 'age') return `age of ${a.headWord === 'age' ? titleName(a.entity) : a.entity}`
  if (a.head === 'magnitude') return 'earthquake magnitude'
  if (a.head === 'record') return `win-loss record of ${a.headWord}`
  return subject(a, b)
}

const titleName = (s: string): string => s.replace(/\b\w/g, (c) => c.toUpperCase())

function subject(a: Quantity, b: Quantity): string {
  const ent = a.entity
    .split('+')
    .filter(Boolean)
    .map((e) => ENTITY_TEXT[e] ?? `${e.charAt(0).toUpperCase()}${e.slice(1)}`)
    .join(', ')
  const ha = a.headWord.toLowerCase()
  const hb = b.headWord.toLowerCase()
  const heads = ha === hb ? ha : `${ha}/${hb}`
  const event = a.event && !['killed'].includes(heads) ? ` ${a.event}` : ''
  return `${ent ? `${ent} ` : ''}${heads}${event}`
}
