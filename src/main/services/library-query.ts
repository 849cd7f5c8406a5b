import type { LibraryQuery } from '../../shared/contract'
import type { ArticleMeta, ArticleSummary, SearchMatch } from '../../shared/model'

/** Full-text search as the library needs it; the search service implements it. */
export type TextSearch = {
  /** Resolves once the index can answer (it loads lazily on the first search). */
  ready(): Promise<void>
  search(query: string, ids: Set<string>): Map<string, SearchMatch>
}

/**
 * Filters, searches and orders library rows. Search results come back in relevance order
 * unless another sort is asked for explicitly.
 */
export function queryLibrary(
  all: readonly ArticleMeta[],
  q: LibraryQuery,
  search?: TextSearch
): ArticleSummary[] {
  const tags = q.tags?.map((t) => t.toLowerCase())
  let rows = all.filter(
    (a) =>
      Boolean(a.deletedAt) === Boolean(q.trashed) &&
      (!q.source || a.source === q.source) &&
      (!tags?.length || tags.every((t) => a.tags.includes(t))) &&
      (!q.dateFrom || (a.date !== '' && a.date >= q.dateFrom)) &&
      (!q.dateTo || (a.date !== '' && a.date.slice(0, q.dateTo.length) <= q.dateTo))
  )
  let matches: Map<string, SearchMatch> | undefined
  if (q.search?.trim() && search) {
    matches = search.search(q.search, new Set(rows.map((r) => r.id)))
    rows = rows.filter((r) => matches?.has(r.id))
  }
  const out = rows.map((a) => summarise(a, matches?.get(a.id)))
  if (matches && !q.sort) return out.sort((x, y) => (y.match?.score ?? 0) - (x.match?.score ?? 0))
  return sortRows(out, q.sort ?? 'date', q.descending)
}

// One collator for every comparison: localeCompare with options builds one per call, which
// made sorting 10,000 rows take hundreds of milliseconds.
const collator = new Intl.Collator('en', { sensitivity: 'base' })

function sortRows(
  rows: ArticleSummary[],
  key: NonNullable<LibraryQuery['sort']>,
  descending?: boolean
): ArticleSummary[] {
  const field = key === 'imported' ? 'importedAt' : key
  // Unknown dates and sources sort last whichever way the list is ordered.
  const blankLast = (x: string, y: string): number => (x === '' ? 1 : 0) - (y === '' ? 1 : 0)
  const desc = descending ?? (key === 'date' || key === 'imported')
  return rows.sort(
    (x, y) =>
      blankLast(x[field], y[field]) ||
      (desc ? -1 : 1) * collator.compare(x[field], y[field]) ||
      collator.compare(x.title, y.title)
  )
}

export function summarise(a: ArticleMeta, match?: SearchMatch): ArticleSummary {
  return {
    id: a.id,
    title: a.title,
    source: a.source,
    date: a.date,
    ...(a.published ? { published: a.published } : {}),
    ...(a.updated ? { updated: a.updated } : {}),
    wordCount: a.wordCount,
    tags: a.tags,
    importedAt: a.importedAt,
    ...(a.nearDuplicateOf ? { nearDuplicateOf: a.nearDuplicateOf } : {}),
    ...(a.deletedAt ? { deletedAt: a.deletedAt } : {}),
    ...(a.grade ? { grade: a.grade } : {}),
    ...(match ? { match } : {})
  }
}
