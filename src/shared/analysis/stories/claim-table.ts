import { isUpdate } from '../claims/group'
import { factsOf, type ClaimDoc, type ClaimKind, type Fact } from './claim-facts'

export { CLAIM_KINDS, type ClaimDoc, type ClaimKind } from './claim-facts'

/** One article's value for a claim, with where it says so and when. */
export type ClaimCell = {
  value: string
  article: string
  start: number
  end: number
  /** The article's time (a timestamp, a day, or ''). */
  time: string
}

/** How the outlets' values for one claim relate. */
export type ClaimStatus = 'agree' | 'conflict' | 'update'

/** One claim across the story: each outlet's statements of it. */
export type ClaimRow = {
  key: string
  kind: ClaimKind
  /** What the claim is about: "people wounded", "Jackman: office", "“we want…” said by". */
  label: string
  /** By column key: that outlet's articles stating it, earliest first. */
  cells: Record<string, ClaimCell[]>
  /**
   * 'conflict' when two statements contradict by the engine's rules; 'update' when they
   * differ only as a rising count reported later; 'agree' otherwise.
   */
  status: ClaimStatus
  /** status === 'conflict', for counting. */
  conflict: boolean
}

/** A column: one outlet, or one article when its outlet is not known. */
export type ClaimColumn = {
  key: string
  /** The outlet's name; the article's title when its outlet is not known. */
  outlet: string
  /** False when the article names no outlet: the column is that one article. */
  known: boolean
  /** Its articles in the story, in timeline order. */
  articles: string[]
}

/** A story's claims laid out for the story view, the briefing and the CLI. */
export type ClaimTable = {
  /** One per outlet, in the order of each outlet's first article on the timeline. */
  columns: ClaimColumn[]
  /** Claims stated by two outlets or more: conflicts first, then updates. */
  rows: ClaimRow[]
  /** Claims only one outlet states ("what's unique"), by column key. */
  unique: Record<string, ClaimRow[]>
  /** Claims every outlet states, without conflict. */
  shared: ClaimRow[]
  /** The two to four articles that differ most (most conflicting claims), for Compare. */
  differ: string[]
}

/** The column an article goes in: its outlet, case and spacing aside; unknown ones alone. */
const columnKey = (d: ClaimDoc): string => {
  const outlet = d.source.trim().toLowerCase().replace(/\s+/g, ' ')
  return outlet ? `o:${outlet}` : `a:${d.id}`
}

/**
 * The claim table of one story: the frame-gated claims the contradiction engine compares,
 * one row per claim, one column per outlet. Articles are taken in the order given (the
 * timeline); an article's first statement of a claim stands for it, as its lead states it.
 */
export function claimTable(docs: ClaimDoc[]): ClaimTable {
  const columns = new Map<string, ClaimColumn>()
  const facts = new Map<string, { kind: ClaimKind; label: string; list: Fact[] }>()
  const cells = new Map<string, Record<string, ClaimCell[]>>()
  for (const doc of docs) {
    const col = columnKey(doc)
    const c = columns.get(col) ?? {
      key: col,
      outlet: doc.source.trim() || doc.title,
      known: Boolean(doc.source.trim()),
      articles: []
    }
    c.articles.push(doc.id)
    columns.set(col, c)
    const seen = new Set<string>()
    for (const f of factsOf(doc)) {
      if (seen.has(f.key)) continue
      seen.add(f.key)
      const entry = facts.get(f.key) ?? { kind: f.kind, label: f.label, list: [] }
      entry.list.push(f)
      facts.set(f.key, entry)
      const row = cells.get(f.key) ?? {}
      ;(row[col] ??= []).push({
        value: f.value,
        article: f.article,
        start: f.start,
        end: f.end,
        time: f.time
      })
      cells.set(f.key, row)
    }
  }
  const all: ClaimRow[] = [...facts].map(([key, e]) => {
    const status = statusOf(key, e.list)
    return {
      key,
      kind: e.kind,
      label: e.label,
      cells: cells.get(key) ?? {},
      status,
      conflict: status === 'conflict'
    }
  })
  const outlets = (r: ClaimRow): number => Object.keys(r.cells).length
  const many = all.filter((r) => outlets(r) > 1)
  const unique: Record<string, ClaimRow[]> = {}
  for (const r of all.filter((r) => outlets(r) === 1))
    (unique[Object.keys(r.cells)[0] as string] ??= []).push(r)
  const rank: Record<ClaimStatus, number> = { conflict: 0, update: 1, agree: 2 }
  many.sort(
    (a, b) =>
      rank[a.status] - rank[b.status] ||
      outlets(b) - outlets(a) ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  )
  return {
    columns: [...columns.values()],
    rows: many,
    unique,
    shared: columns.size > 1 ? many.filter((r) => !r.conflict && outlets(r) === columns.size) : [],
    differ: mostDifferent(docs, facts)
  }
}

/** Conflict when any two articles' statements clash; a rising count reported later is an update. */
function statusOf(key: string, list: Fact[]): ClaimStatus {
  let clash = false
  for (let i = 0; i < list.length && !clash; i++)
    for (let j = i + 1; j < list.length && !clash; j++)
      clash = (list[i] as Fact).clash(list[j] as Fact)
  if (!clash) return 'agree'
  const figures = list.flatMap((f) => (f.figure ? [{ ...f.figure, time: f.time }] : []))
  const frame = key.slice(2, key.lastIndexOf('|'))
  return figures.length === list.length && isUpdate(frame, figures) ? 'update' : 'conflict'
}

/** Articles that depart most often from what the others state, two to four of them. */
function mostDifferent(docs: ClaimDoc[], facts: Map<string, { list: Fact[] }>): string[] {
  if (docs.length < 2) return []
  const score = new Map(docs.map((d) => [d.id, 0]))
  for (const { list } of facts.values()) {
    if (list.length < 2) continue
    // An article scores for each other article whose statement of the claim clashes with its.
    for (const f of list)
      for (const g of list)
        if (f !== g && f.clash(g)) score.set(f.article, (score.get(f.article) ?? 0) + 1)
  }
  const at = (id: string): number => docs.findIndex((d) => d.id === id)
  const ranked = [...score].sort((a, b) => b[1] - a[1] || at(a[0]) - at(b[0]))
  const departing = ranked.filter(([, s]) => s > 0).length
  return ranked.slice(0, Math.min(4, Math.max(2, departing))).map(([id]) => id)
}
