import type { Finding, FindingGroup, GroupValue } from '../../model'
import { figureText } from './number-rule'
import { compareTimes, formatTime } from '../../published'
import type { Quantity } from './quantities'
import { toFinding, type Pending } from './make-finding'

/** One side of a grouped verdict: its value as shown, and the figure when it is a count. */
export type GroupSide = { value: string; figure?: Quantity }

/**
 * What a grouped verdict carries: the claim's key, its label, and both sides' values. `agree`
 * marks a claim the articles share (a list of names) rather than one they dispute.
 */
export type GroupTag = { key: string; label: string; a: GroupSide; b: GroupSide; agree?: boolean }

/** A count's side of a group. */
export const figureSide = (q: Quantity): GroupSide => ({ value: figureText(q), figure: q })

/** Event classes whose counts only grow as a story develops (a toll, arrests). */
const RISING = /^outcome\|(killed|wounded|detained|fled|destroyed|damaged)\|/

/**
 * One finding per claim: pairs on the same claim within the articles asked for become one
 * finding, whose passages are the two most different values and whose group lists every
 * article's value. Syndicated copies add values, not findings. A count's key (its frame and
 * scope) is the claim; other keys (an event's date, a list of names) join only pairs that share
 * a passage, so two conflicts about different people are never merged.
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
  for (const [key, members] of byKey)
    if (p0(members).verdict.subtype === 'number') out.push(groupFinding(key, members))
    else for (const part of linked(members)) out.push(groupFinding(key, part))
  return out
}

const p0 = (members: Pending[]): Pending => members[0] as Pending
const passage = (p: Pending, side: 'a' | 'b'): string =>
  `${(side === 'a' ? p.x : p.y).doc.id}:${p.verdict[side].start}`

/** Pairs joined by a shared passage, transitively. */
function linked(members: Pending[]): Pending[][] {
  const parent = new Map<string, string>()
  const find = (k: string): string => {
    let r = k
    while (parent.get(r) !== r) r = parent.get(r) ?? r
    parent.set(k, r)
    return r
  }
  for (const p of members) {
    const [a, b] = [passage(p, 'a'), passage(p, 'b')]
    if (!parent.has(a)) parent.set(a, a)
    if (!parent.has(b)) parent.set(b, b)
    parent.set(find(a), find(b))
  }
  const parts = new Map<string, Pending[]>()
  for (const p of members) {
    const root = find(passage(p, 'a'))
    const part = parts.get(root)
    if (part) part.push(p)
    else parts.set(root, [p])
  }
  return [...parts.values()]
}

type Valued = GroupValue & { q?: Quantity }

function groupFinding(key: string, members: Pending[]): Finding {
  const values = new Map<string, Valued>()
  const add = (p: Pending, side: 'a' | 'b'): void => {
    const doc = side === 'a' ? p.x.doc : p.y.doc
    const span = p.verdict[side]
    const s = (p.verdict.group as GroupTag)[side]
    const id = passage(p, side)
    if (values.has(id)) return
    values.set(id, {
      article: doc.id,
      start: span.start,
      end: span.end,
      text: doc.text.slice(span.start, span.end),
      value: s.value,
      ...(doc.date ? { date: doc.date } : {}),
      ...(doc.time ? { time: doc.time } : {}),
      ...(s.figure ? { q: s.figure } : {})
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
  const tag = rep.verdict.group as GroupTag
  const figures = list.flatMap((v) => (v.q ? [{ ...v.q, time: v.time ?? v.date ?? '' }] : []))
  const update = figures.length === list.length && isUpdate(key, figures)
  const group: FindingGroup = { key, label: tag.label, values: list.map(({ q: _q, ...v }) => v) }
  const explanation = tag.agree
    ? `${base.explanation}, in ${new Set(list.map((v) => v.article)).size} articles`
    : explain(update ? 'updated figure' : base.subtype, tag.label, list, update)
  return { ...base, subtype: update ? 'update' : base.subtype, explanation, group }
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

function explain(what: string, label: string, list: Valued[], update: boolean): string {
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
  return `${what}: ${label}: ${parts.join(update ? ' → ' : ' vs ')}`
}

/** How far apart a pair's figures are, relatively; 0 for values that are not counts. */
function spread(p: Pending): number {
  const g = p.verdict.group as GroupTag
  if (!g.a.figure || !g.b.figure) return 0
  const x = Math.max(g.a.figure.lo, 1e-9)
  const y = Math.max(g.b.figure.lo, 1e-9)
  return Math.abs(Math.log(x / y))
}

const order = (p: Pending, q: Pending): number =>
  p.x.doc.id.localeCompare(q.x.doc.id) || p.verdict.a.start - q.verdict.a.start
