import { claimsOf, type DocClaims } from '../claims/doc-claims'
import { splitSentences } from '../../text/sentences'

/** What the claim table reads of one article. */
export type ClaimDoc = { id: string; title: string; source: string; date: string; text: string }

export const CLAIM_KINDS = ['quantity', 'date', 'role', 'attribution'] as const
export type ClaimKind = (typeof CLAIM_KINDS)[number]

/** One article's value for a claim, with where it says so. */
export type ClaimCell = { value: string; article: string; start: number; end: number }

/** One claim across the story: a cell per article that states it. */
export type ClaimRow = {
  key: string
  kind: ClaimKind
  /** What the claim is about: "people injured", "Jackman: role", "quote “we want...”". */
  label: string
  /** By article id; absent where the article does not state it. */
  cells: Record<string, ClaimCell>
  /** True when two articles give different values. */
  conflict: boolean
}

/** A story's claims laid out for the story view, the briefing and the CLI. */
export type ClaimTable = {
  /** Columns, in timeline order: one per article, headed by its outlet. */
  columns: { article: string; outlet: string; date: string }[]
  /** Claims stated by two articles or more, conflicts first. */
  rows: ClaimRow[]
  /** Claims only one article states ("what's unique"), by article id. */
  unique: Record<string, ClaimRow[]>
  /** Claims every article states with the same value. */
  shared: ClaimRow[]
  /** The two to four articles that differ most (most conflicting claims), for Compare. */
  differ: string[]
}

type Found = { key: string; kind: ClaimKind; label: string; cell: ClaimCell }

const QUALIFIER_TEXT: Record<string, string> = {
  exact: '',
  about: 'about ',
  upto: 'up to ',
  atleast: 'at least ',
  morethan: 'more than ',
  lessthan: 'less than ',
  nearly: 'nearly '
}

const num = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 2 })

function found(doc: ClaimDoc, claims: DocClaims): Found[] {
  const out: Found[] = []
  const cell = (value: string, start: number, end: number): ClaimCell => ({
    value,
    article: doc.id,
    start,
    end
  })
  for (const q of claims.quantities) {
    const value = `${QUALIFIER_TEXT[q.qualifier] ?? ''}${q.unit === 'USD' ? '$' : ''}${num(q.lo)}${q.hi !== q.lo ? `–${num(q.hi)}` : ''}${q.unit && q.unit !== 'USD' ? ` ${q.unit}` : ''}`
    const about = [q.entity.replace(/_/g, ' '), q.headWord, q.event].filter(Boolean).join(' ')
    out.push({
      key: `q|${q.head}|${q.event}|${q.entity}|${q.unit}`,
      kind: 'quantity',
      label: about,
      cell: cell(value, q.start, q.end)
    })
  }
  for (const d of claims.dates)
    out.push({
      key: `d|${d.event}|${d.names.join(',')}`,
      kind: 'date',
      label: `${d.event}${d.names.length ? ` (${d.names.join(', ')})` : ''}`,
      cell: cell(d.day, d.start, d.end)
    })
  for (const r of claims.roles)
    out.push({
      key: `r|${r.person}`,
      kind: 'role',
      label: `${r.name}: office`,
      cell: cell(`${r.title}${r.org ? ` (${r.org})` : ''}`, r.start, r.end)
    })
  for (const q of claims.quotes)
    if (q.speaker && q.words.length >= 4)
      out.push({
        key: `a|${q.words.slice(0, 6).join(' ')}`,
        kind: 'attribution',
        label: `“${q.words.slice(0, 8).join(' ')}…” said by`,
        cell: cell(q.speakerName, q.start, q.end)
      })
  return out
}

/**
 * The claim table of one story: each article's quantities, dates, roles and quote speakers,
 * lined up by what they are about. Articles are taken in the order given (the timeline).
 */
export function claimTable(docs: ClaimDoc[]): ClaimTable {
  const rows = new Map<string, ClaimRow>()
  for (const doc of docs) {
    const claims = claimsOf(doc.text, splitSentences(doc.text), doc.date || undefined)
    for (const f of found(doc, claims)) {
      const row = rows.get(f.key) ?? {
        key: f.key,
        kind: f.kind,
        label: f.label,
        cells: {},
        conflict: false
      }
      // The first mention in an article stands for it: the lead states the article's figure.
      row.cells[doc.id] ??= f.cell
      rows.set(f.key, row)
    }
  }
  const all = [...rows.values()]
  for (const r of all) r.conflict = new Set(Object.values(r.cells).map((c) => c.value)).size > 1
  const many = all.filter((r) => Object.keys(r.cells).length > 1)
  const unique: Record<string, ClaimRow[]> = {}
  for (const r of all.filter((r) => Object.keys(r.cells).length === 1))
    (unique[Object.keys(r.cells)[0] as string] ??= []).push(r)
  const shared =
    docs.length > 1
      ? many.filter((r) => !r.conflict && Object.keys(r.cells).length === docs.length)
      : []
  return {
    columns: docs.map((d) => ({
      article: d.id,
      outlet: d.source || d.title.slice(0, 40),
      date: d.date
    })),
    rows: many.sort((a, b) => Number(b.conflict) - Number(a.conflict) || (a.key < b.key ? -1 : 1)),
    unique,
    shared,
    differ: mostDifferent(docs, many)
  }
}

function mostDifferent(docs: ClaimDoc[], rows: ClaimRow[]): string[] {
  const score = new Map(docs.map((d) => [d.id, 0]))
  for (const r of rows.filter((r) => r.conflict)) {
    const counts = new Map<string, number>()
    for (const c of Object.values(r.cells)) counts.set(c.value, (counts.get(c.value) ?? 0) + 1)
    // An article scores for each claim on which it departs from the others.
    for (const c of Object.values(r.cells))
      score.set(
        c.article,
        (score.get(c.article) ?? 0) + (Object.keys(r.cells).length - (counts.get(c.value) ?? 0))
      )
  }
  return [...score]
    .sort(
      (a, b) =>
        b[1] - a[1] || docs.findIndex((d) => d.id === a[0]) - docs.findIndex((d) => d.id === b[0])
    )
    .slice(0, Math.min(4, Math.max(2, [...score.values()].filter((s) => s > 0).length)))
    .map(([id]) => id)
    .filter(() => docs.length > 1)
}
