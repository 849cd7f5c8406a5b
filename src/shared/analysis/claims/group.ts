import type { Finding, FindingGroup, GroupValue } from '../../model'
import { figureText } from './number-rule'
import { compareTimes, formatTime } from '../../published'
import type { Quantity } from './quantities'
import { toFinding, type Pending } from './make-finding'

/** What a grouped verdict carries: the claim's key, its label, and both sides' figures. */
export type GroupTag = { key: string; label: string; a: Quantity; b: Quantity }

/** Event classes whose counts only grow as a story develops (a toll, arrests). */
const RISING = /^outcome\|(killed|wounded|detained|fled|destroyed|damaged)\|/

/**
 * One finding per claim: pairs that conflict on the same claim (same frame and scope) within the
 * articles asked for become one finding, whose passages are the two most different figures and
 * whose group lists every article's figure. Syndicated copies add values, not findings.
 */
export function groupPending(list: Pending[]): Finding[] {
  const byKey = new Map<string, Pending[]>()
  for (const p of list) {
    const key = (p.verdict.group as GroupTag).key
    const g = byKey.get(key)
    if (g) g.push(p)
    else byKey.set(key, [p])
  }
  const out: Finding[] = []
  for (const [key, members] of byKey) out.push(groupFinding(key, members))
  return out
}

function groupFinding(key: string, members: Pending[]): Finding {
  const values = new Map<string, GroupValue & { q: Quantity }>()
  const add = (p: Pending, side: 'a' | 'b'): void => {
    const doc = side === 'a' ? p.x.doc : p.y.doc
    const span = p.verdict[side]
    const q = (p.verdict.group as GroupTag)[side]
    const id = `${doc.id}:${span.start}`
    if (values.has(id)) return
    values.set(id, {
      article: doc.id,
      start: span.start,
      end: span.end,
      text: doc.text.slice(span.start, span.end),
      value: figureText(q),
      ...(doc.date ? { date: doc.date } : {}),
      ...(doc.time ? { time: doc.time } : {}),
      q
    })
  }
  for (const p of members) {
    add(p, 'a')
    add(p, 'b')
  }
  const rep = [...members].sort((p, q) => spread(q) - spread(p) || order(p, q))[0] as Pending
  const base = rep.finding ?? toFinding(rep)
  const list = [...values.values()].sort(
    (p, q) =>
      (compareTimes(p.time ?? p.date ?? '', q.time ?? q.date ?? '') ?? 0) ||
      (p.date ?? '').localeCompare(q.date ?? '') ||
      p.article.localeCompare(q.article)
  )
  const label = (rep.verdict.group as GroupTag).label
  const update = isUpdate(
    key,
    list.map((v) => ({ ...v.q, time: v.time ?? v.date ?? '' }))
  )
  const group: FindingGroup = { key, label, values: list.map(({ q: _q, ...v }) => v) }
  return {
    ...base,
    subtype: update ? 'update' : base.subtype,
    explanation: explain(label, list, update),
    group
  }
}

/** A figure as reported at a time: the article's latest stated time (see articleTime). */
export type TimedFigure = { lo: number; hi: number; time: string }

/**
 * Whether differing figures for one claim are a story updating itself rather than a conflict:
 * the claim is a count that only grows (a toll, arrests), every two differing reports are
 * ordered in time (a time of day settles two reports of one day), and the later one never
 * reports less. Reports whose order is unknown stay a conflict: precision first.
 */
export function isUpdate(key: string, list: TimedFigure[]): boolean {
  if (!RISING.test(key)) return false
  let differ = false
  for (const x of list)
    for (const y of list) {
      if (x.lo === y.lo && x.hi === y.hi) continue
      differ = true
      const order = compareTimes(x.time, y.time)
      if (order === undefined || order === 0) return false
      const [early, late] = order < 0 ? [x, y] : [y, x]
      if (late.lo < early.hi) return false
    }
  return differ
}

function explain(label: string, list: (GroupValue & { q: Quantity })[], update: boolean): string {
  const byValue = new Map<string, { n: number; dates: string[] }>()
  for (const v of list) {
    const e = byValue.get(v.value) ?? { n: 0, dates: [] }
    e.n++
    const when = v.time ? formatTime(v.time) : v.date
    if (when && !e.dates.includes(when)) e.dates.push(when)
    byValue.set(v.value, e)
  }
  const parts = [...byValue].map(([value, e]) => {
    const where = e.n === 1 ? '1 article' : `${e.n} articles`
    return `${value} (${where}${e.dates.length ? `, ${e.dates.join(', ')}` : ''})`
  })
  return `${update ? 'updated figure' : 'number'}: ${label}: ${parts.join(update ? ' → ' : ' vs ')}`
}

/** How far apart a pair's figures are, relatively. */
function spread(p: Pending): number {
  const g = p.verdict.group as GroupTag
  const x = Math.max(g.a.lo, 1e-9)
  const y = Math.max(g.b.lo, 1e-9)
  return Math.abs(Math.log(x / y))
}

const order = (p: Pending, q: Pending): number =>
  p.x.doc.id.localeCompare(q.x.doc.id) || p.verdict.a.start - q.verdict.a.start
