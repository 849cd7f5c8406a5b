import type { FindingSubtype } from '../../model'
import type { DateClaim, QuantityClaim, QuoteClaim, RoleClaim, Span } from './doc-claims'
import { sameEventDifferentDay } from './dates'
import { figureSide, type GroupTag } from './group'
import { claimLabel, DISJOINT, figureConflict, figureText } from './number-rule'
import { misattributed } from './quotes'
import { sameTitle } from './roles'

/** A contradiction between two documents' claims, before it becomes a Finding. */
export type Verdict = {
  subtype: FindingSubtype
  score: number
  /** A function when building the text is worth deferring until findings are read. */
  explanation: string | (() => string)
  a: Span
  b: Span
  /** Set on verdicts grouped by claim when findings are read (counts, dates, name lists). */
  group?: GroupTag
}

/** Offices one person holds at a time; "minister" or "general" alone is not one of them. */
const UNIQUE_OFFICE =
  /^(president|prime minister|secretary general|chancellor|premier|vice president|secretary of state|national security advisor|supreme allied commander|(\w+ )+(minister|secretary))$/
/** Days apart beyond which an office may have changed hands, or a person changed jobs. */
const ROLE_WINDOW_DAYS = 31

/**
 * Number rule plus the checks that need both sentences: the same scope, and `anchored`, the
 * engine's test that the two sentences share an event anchor (a place or a rare word).
 */
export function numberVerdict(
  a: QuantityClaim,
  b: QuantityClaim,
  anchored: () => boolean
): Verdict | undefined {
  if (a.frame !== b.frame) return undefined
  if (a.scope && b.scope && a.scope !== b.scope) return undefined
  // Figures whose intervals meet ("at least 15,000" vs "about 20,000") are different estimates,
  // not a conflict an analyst would defend.
  const score = figureConflict(a, b)
  if (score === undefined || score < DISJOINT) return undefined
  // A named person's age or a quake's magnitude is anchored by its frame already; a record is
  // not, as a team's record changes from one game to the next.
  if (!/^(age|magnitude)\|/.test(a.frame) && !anchored()) return undefined
  const where = a.scope || b.scope
  const label = `${claimLabel(a, b)}${where ? ` (${where === 'nation' ? 'nationwide' : `in ${titleCase(where)}`})` : ''}`
  const explanation = `number: ${figureText(a)} vs ${figureText(b)} (${label})`
  const group = { key: a.frame, label, a: figureSide(a), b: figureSide(b) }
  return { subtype: 'number', score, explanation, a: span(a), b: span(b), group }
}

const span = (s: Span): Span => ({ start: s.start, end: s.end })

function daysApart(a: string | undefined, b: string | undefined): number | undefined {
  if (!a || !b) return undefined
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000
}

const titleCase = (s: string): string => s.replace(/\b\w/g, (c) => c.toUpperCase())

/**
 * One person with two incompatible titles, or one unique office with two holders. Article dates
 * decide: more than a month apart, either may simply have changed; unknown dates lower the score.
 */
export function roleVerdict(
  a: RoleClaim,
  b: RoleClaim,
  dateA: string | undefined,
  dateB: string | undefined
): Verdict | undefined {
  const apart = daysApart(dateA, dateB)
  if (apart !== undefined && apart > ROLE_WINDOW_DAYS) return undefined
  const orgsAgree = a.org === b.org || a.org === '' || b.org === ''
  const note = apart === undefined ? ' (article dates unknown)' : ''
  const score = apart === undefined ? 0.5 : 0.75
  if (a.person === b.person) {
    const firstA = a.name.split(' ')
    const firstB = b.name.split(' ')
    if (firstA.length > 1 && firstB.length > 1 && firstA[0] !== firstB[0]) return undefined
    if (!orgsAgree || sameTitle(a.title, b.title)) return undefined
    const who = a.name.length >= b.name.length ? a.name : b.name
    return {
      subtype: 'role',
      score,
      explanation: `role: ${who} is ${a.title} vs ${b.title}${note}`,
      a: span(a),
      b: span(b)
    }
  }
  if (!a.org || a.org !== b.org || a.title !== b.title || !UNIQUE_OFFICE.test(a.title))
    return undefined
  const office = `${a.org.length <= 4 ? a.org.toUpperCase() : titleCase(a.org)} ${a.title}`
  return {
    subtype: 'role',
    score,
    explanation: `role: ${office} is ${a.name} vs ${b.name}${note}`,
    a: span(a),
    b: span(b)
  }
}

export function dateVerdict(a: DateClaim, b: DateClaim): Verdict | undefined {
  if (!sameEventDifferentDay(a, b)) return undefined
  const who = a.names.filter((n) => b.names.includes(n)).join(', ')
  const label = `${a.event}${who ? ` (${who})` : ''}`
  const day = (d: DateClaim): string => d.dateText.replace(/[\s,]+$/, '')
  return {
    subtype: 'date',
    score: 0.7,
    explanation: `date: ${day(a)} vs ${day(b)} (${label})`,
    a: span(a),
    b: span(b),
    group: { key: `date|${a.event}`, label, a: { value: day(a) }, b: { value: day(b) } }
  }
}

export function quoteVerdict(a: QuoteClaim, b: QuoteClaim): Verdict | undefined {
  if (!misattributed(a, b)) return undefined
  const words = a.words.length <= 8 ? a.words.join(' ') : `${a.words.slice(0, 8).join(' ')}…`
  // One quotation carried by N outlets under two speakers is one grouped finding: pairs join
  // through the passages they share.
  const group = {
    key: 'attribution',
    label: `"${words}" said by`,
    a: { value: a.speakerName },
    b: { value: b.speakerName }
  }
  return {
    subtype: 'attribution',
    score: 0.8,
    explanation: `attribution: "${words}" said by ${a.speakerName} vs ${b.speakerName}`,
    a: span(a),
    b: span(b),
    group
  }
}
