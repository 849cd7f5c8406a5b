import { createHash, randomBytes } from 'node:crypto'
import type { LibraryQuery } from '../../shared/contract'
import type { Article, ArticleId, ArticleMeta, ArticleSummary } from '../../shared/model'
import { err, ok, type Result } from '../../shared/result'
import { paragraphsOf } from '../../shared/text/paragraphs'
import type { LibraryData } from './library-schema'
import type { Store } from './store'
import type { TextStore } from './text-store'

/** What an importer produces from a file or pasted text. */
export type ExtractedArticle = {
  text: string
  meta: Pick<ArticleMeta, 'title' | 'source' | 'date' | 'author' | 'url' | 'language' | 'wordCount'>
}

export type ImportInput = { name: string; bytes: Uint8Array } | { pasted: string }

/** Turns bytes into article text and metadata, or a specific readable error. Never throws. */
export type Extractor = (input: ImportInput) => Promise<Result<ExtractedArticle>>

export type ImportOutcome =
  | { status: 'imported'; id: ArticleId; title: string }
  | { status: 'duplicate'; id: ArticleId; title: string }

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex')

/** The article library: metadata in the store, text in the text store. */
export class Library {
  constructor(
    private readonly store: Store<LibraryData>,
    private readonly texts: TextStore,
    private readonly extract: Extractor,
    private readonly now: () => Date = () => new Date()
  ) {}

  /** Live (not trashed) articles, ordered as asked. */
  list(query: LibraryQuery = {}): ArticleSummary[] {
    const rows = this.store.data.articles.filter((a) => !a.deletedAt).map(summarise)
    const key = query.sort ?? 'imported'
    const field = key === 'imported' ? 'importedAt' : key
    rows.sort((x, y) => x[field].localeCompare(y[field]) || x.title.localeCompare(y.title))
    const descending = query.descending ?? (key === 'date' || key === 'imported')
    return descending ? rows.reverse() : rows
  }

  meta(id: ArticleId): ArticleMeta | undefined {
    return this.store.data.articles.find((a) => a.id === id)
  }

  async open(id: ArticleId): Promise<Result<Article>> {
    const meta = this.meta(id)
    if (!meta) return err('not-found', `No article with id ${id} is in the library.`)
    let text: string
    try {
      text = await this.texts.read(id)
    } catch (e) {
      return err('storage-failed', `The text of "${meta.title}" could not be read: ${(e as Error).message}`)
    }
    return ok({ ...meta, text, paragraphs: paragraphsOf(text) })
  }

  /** Imports one file or pasted text. Identical text already in the library is not duplicated. */
  async import(input: ImportInput): Promise<Result<ImportOutcome>> {
    const extracted = await this.extract(input)
    if (!extracted.ok) return extracted
    const { text, meta } = extracted.value
    const contentHash = sha256(text)
    const existing = this.store.data.articles.find((a) => a.contentHash === contentHash && !a.deletedAt)
    if (existing) return ok({ status: 'duplicate', id: existing.id, title: existing.title })
    const id = randomBytes(6).toString('hex')
    const origin = 'name' in input ? input.name : 'pasted'
    const row: ArticleMeta = { ...meta, id, tags: [], contentHash, origin, importedAt: this.now().toISOString() }
    try {
      await this.texts.write(id, text)
    } catch (e) {
      return err('storage-failed', `Could not save the text of ${origin}: ${(e as Error).message}`)
    }
    const saved = await this.store.update((d) => void d.articles.push(row), `the import of ${origin}`)
    if (!saved.ok) {
      await this.texts.remove(id)
      return saved
    }
    return ok({ status: 'imported', id, title: row.title })
  }
}

const summarise = (a: ArticleMeta): ArticleSummary => ({
  id: a.id,
  title: a.title,
  source: a.source,
  date: a.date,
  wordCount: a.wordCount,
  tags: a.tags,
  importedAt: a.importedAt,
  ...(a.nearDuplicateOf ? { nearDuplicateOf: a.nearDuplicateOf } : {})
})
