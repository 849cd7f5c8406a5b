import { randomBytes } from 'node:crypto'
import type { LibraryQuery } from '../../shared/contract'
import type {
  Article,
  ArticleId,
  ArticleMeta,
  ArticlePatch,
  ArticleSummary,
  Grade,
  ImportResult
} from '../../shared/model'
import { compareTimes } from '../../shared/published'
import { err, ok, type Result } from '../../shared/result'
import { paragraphsOf } from '../../shared/text/paragraphs'
import { queryLibrary, summarise, type TextSearch } from './library-query'
import { digestOf, type TextDigest } from './import/fingerprints'
import type { LibraryData } from './library-schema'
import type { StoreLike } from './store'
import type { TextStore } from './text-store'

/** What an importer produces from a file or pasted text. */
export type ExtractedArticle = {
  text: string
  meta: Pick<
    ArticleMeta,
    | 'title'
    | 'source'
    | 'date'
    | 'published'
    | 'updated'
    | 'author'
    | 'url'
    | 'language'
    | 'wordCount'
  >
  /** The text's hash and fingerprints when the extractor computed them (the import worker does). */
  digest?: TextDigest
}

export type ImportInput = { name: string; bytes: Uint8Array } | { pasted: string }

/** Turns bytes into article text and metadata, or a specific readable error. Never throws. */
export type Extractor = (input: ImportInput) => Promise<Result<ExtractedArticle>>

/** Finds an existing article that shares most paragraphs with new text, if any. */
export type NearDuplicateFinder = {
  /** Loads what it needs on first use. */
  ready(): Promise<void>
  /** `fingerprints` are the new text's paragraph fingerprints (TextDigest). */
  find(fingerprints: readonly string[]): ArticleId | undefined
  add(id: ArticleId, fingerprints: readonly string[]): void
  remove(id: ArticleId): void
}

/** Listeners told about every change, e.g. to keep the search index current. */
export type LibraryObserver = {
  added?(meta: ArticleMeta, text: string): void
  removed?(id: ArticleId): void
  changed?(meta: ArticleMeta): void
}

/** The article library: metadata in the store, text in the text store. */
export class Library {
  search?: TextSearch
  nearDuplicates?: NearDuplicateFinder
  private observers: LibraryObserver[] = []

  constructor(
    readonly store: StoreLike<LibraryData>,
    private readonly texts: TextStore,
    private readonly extract: Extractor,
    private readonly now: () => Date = () => new Date()
  ) {}

  observe(o: LibraryObserver): void {
    this.observers.push(o)
  }

  list(query: LibraryQuery = {}): ArticleSummary[] {
    return queryLibrary(this.store.data.articles, query, this.search)
  }

  /** Live (not trashed) articles; cheap, unlike list(), which builds and sorts every row. */
  count(): number {
    let n = 0
    for (const a of this.store.data.articles) if (!a.deletedAt) n++
    return n
  }

  meta(id: ArticleId): ArticleMeta | undefined {
    return this.store.data.articles.find((a) => a.id === id)
  }

  readText(id: ArticleId): Promise<string> {
    return this.texts.read(id)
  }

  async open(id: ArticleId): Promise<Result<Article>> {
    const meta = this.meta(id)
    if (!meta) return err('not-found', `No article with id ${id} is in the library.`)
    try {
      const text = await this.texts.read(id)
      return ok({ ...meta, text, paragraphs: paragraphsOf(text) })
    } catch (e) {
      return err(
        'storage-failed',
        `The text of "${meta.title}" could not be read: ${(e as Error).message}`
      )
    }
  }

  /** Imports one file or pasted text. Identical text already in the library is not duplicated. */
  async import(input: ImportInput): Promise<ImportResult> {
    const name = 'name' in input ? input.name : 'pasted text'
    const extracted = await this.extract(input)
    if (!extracted.ok) return { name, status: 'failed', ...extracted.error }
    const { text, meta } = extracted.value
    const { contentHash, fingerprints } = extracted.value.digest ?? digestOf(text)
    const existing = this.store.data.articles.find((a) => a.contentHash === contentHash)
    if (existing) {
      if (existing.deletedAt) await this.restore([existing.id])
      return { name, status: 'duplicate', id: existing.id, title: existing.title }
    }
    const id = randomBytes(6).toString('hex')
    await this.nearDuplicates?.ready()
    const nearDuplicateOf = this.nearDuplicates?.find(fingerprints)
    const row: ArticleMeta = {
      ...meta,
      id,
      tags: [],
      contentHash,
      origin: name,
      importedAt: this.now().toISOString(),
      ...(nearDuplicateOf ? { nearDuplicateOf } : {})
    }
    try {
      await this.texts.write(id, text)
    } catch (e) {
      return {
        name,
        status: 'failed',
        code: 'storage-failed',
        message: `Could not save the text of ${name}: ${(e as Error).message}`
      }
    }
    const saved = await this.store.update((d) => void d.articles.push(row), `the import of ${name}`)
    if (!saved.ok) {
      await this.texts.remove(id)
      return { name, status: 'failed', ...saved.error }
    }
    this.nearDuplicates?.add(id, fingerprints)
    for (const o of this.observers) o.added?.(row, text)
    return {
      name,
      status: 'imported',
      id,
      title: row.title,
      ...(nearDuplicateOf ? { nearDuplicateOf } : {})
    }
  }

  /**
   * Replaces an article's stored text with an edited version (same id). Returns the old text so
   * the caller can re-anchor annotations; the text file is written before the store row.
   */
  async replaceText(
    id: ArticleId,
    input: ImportInput
  ): Promise<Result<{ oldText: string; newText: string }>> {
    const meta = this.meta(id)
    if (!meta) return err('not-found', `No article with id ${id} is in the library.`)
    const extracted = await this.extract(input)
    if (!extracted.ok) return extracted
    const { text, meta: inferred } = extracted.value
    const { contentHash, fingerprints } = extracted.value.digest ?? digestOf(text)
    const oldText = await this.texts.read(id)
    try {
      await this.texts.write(id, text)
    } catch (e) {
      return err('storage-failed', `Could not save the new text: ${(e as Error).message}`)
    }
    const r = await this.store.update((d) => {
      const row = d.articles.find((a) => a.id === id) as ArticleMeta
      row.contentHash = contentHash
      row.wordCount = inferred.wordCount
      // A new version that states when it was updated moves the article on the timeline.
      if (inferred.updated) row.updated = inferred.updated
      return row
    }, 'the new version')
    if (!r.ok) {
      await this.texts.write(id, oldText).catch(() => undefined)
      return r
    }
    this.nearDuplicates?.remove(id)
    this.nearDuplicates?.add(id, fingerprints)
    // Observers see a new version as the article added again, with its new text.
    for (const o of this.observers) o.added?.(r.value, text)
    return ok({ oldText, newText: text })
  }

  /** Edits metadata in place; returns the updated row. */
  async update(id: ArticleId, patch: ArticlePatch): Promise<Result<ArticleSummary>> {
    if (!this.meta(id)) return err('not-found', `No article with id ${id} is in the library.`)
    if (patch.title !== undefined && !patch.title.trim())
      return err('invalid-argument', 'A title cannot be empty.')
    const times = withTimes(this.meta(id) as ArticleMeta, trimAll(patch))
    if (!times.ok) return times
    const r = await this.store.update((d) => {
      const row = d.articles.find((a) => a.id === id) as ArticleMeta
      Object.assign(row, times.value)
      for (const k of ['published', 'updated'] as const) if (!row[k]) delete row[k]
      return row
    }, 'the article details')
    if (!r.ok) return r
    for (const o of this.observers) o.changed?.(r.value)
    return ok(summarise(r.value))
  }

  /** Grades the source (Admiralty), or clears the grade with null. */
  async setGrade(id: ArticleId, grade: Grade | null): Promise<Result<ArticleSummary>> {
    if (!this.meta(id)) return err('not-found', `No article with id ${id} is in the library.`)
    const r = await this.store.update((d) => {
      const row = d.articles.find((a) => a.id === id) as ArticleMeta
      if (grade) row.grade = grade
      else delete row.grade
      return row
    }, 'the grade')
    return r.ok ? ok(summarise(r.value)) : r
  }

  /** Moves articles to the Trash; they keep their text and can be restored. */
  trash(ids: ArticleId[]): Promise<Result<number>> {
    const at = this.now().toISOString()
    return this.mark(
      ids,
      (a) => !a.deletedAt,
      (a) => void (a.deletedAt = at),
      'the move to Trash'
    )
  }

  restore(ids: ArticleId[]): Promise<Result<number>> {
    return this.mark(
      ids,
      (a) => Boolean(a.deletedAt),
      (a) => void delete a.deletedAt,
      'the restore'
    )
  }

  /** Deletes trashed articles for good, text files included. */
  async emptyTrash(): Promise<Result<number>> {
    const gone = this.store.data.articles.filter((a) => a.deletedAt).map((a) => a.id)
    const r = await this.store.update(
      (d) => void (d.articles = d.articles.filter((a) => !a.deletedAt)),
      'emptying the Trash'
    )
    if (!r.ok) return r
    for (const id of gone) {
      await this.texts.remove(id)
      this.nearDuplicates?.remove(id)
      for (const o of this.observers) o.removed?.(id)
    }
    return ok(gone.length)
  }

  private async mark(
    ids: ArticleId[],
    when: (a: ArticleMeta) => boolean,
    apply: (a: ArticleMeta) => void,
    what: string
  ): Promise<Result<number>> {
    const wanted = new Set(ids)
    const missing = ids.filter((id) => !this.meta(id))
    if (missing.length)
      return err('not-found', `No article with id ${missing.join(', ')} is in the library.`)
    const r = await this.store.update((d) => {
      const rows = d.articles.filter((a) => wanted.has(a.id) && when(a))
      rows.forEach(apply)
      return rows
    }, what)
    if (!r.ok) return r
    for (const row of r.value) for (const o of this.observers) o.changed?.(row)
    return ok(r.value.length)
  }
}

/**
 * A patch with its times made consistent: a new publication time sets the day; a new day
 * that the old time does not fall on forgets that time; an update may not precede the
 * publication. Conflicting values are refused with the reason.
 */
function withTimes(row: ArticleMeta, patch: ArticlePatch): Result<ArticlePatch> {
  const out = { ...patch }
  if (out.published) {
    const day = out.published.slice(0, 10)
    if (out.date !== undefined && out.date !== day)
      return err(
        'invalid-argument',
        `The date ${out.date} and the publication time ${out.published} name different days.`
      )
    out.date = day
  } else if (out.date !== undefined && out.published === undefined && row.published) {
    if (!out.date || !row.published.startsWith(out.date)) out.published = ''
  }
  const published = out.published ?? row.published ?? ''
  const updated = out.updated ?? row.updated ?? ''
  const first = published || (out.date ?? row.date)
  if (updated && first && (compareTimes(updated, first) ?? 1) < 0)
    return err(
      'invalid-argument',
      `The update time ${updated} comes before the publication (${first}).`
    )
  return ok(out)
}

function trimAll(patch: ArticlePatch): ArticlePatch {
  return Object.fromEntries(
    Object.entries(patch).map(([k, v]) => [k, typeof v === 'string' ? v.trim() : v])
  )
}
