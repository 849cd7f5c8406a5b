import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import MiniSearch, { type Query } from 'minisearch'
import type { ArticleId, ArticleMeta, SearchMatch } from '../../../shared/model'
import { writeFileAtomic } from '../atomic-file'
import type { LibraryObserver } from '../library'
import type { TextSearch } from '../library-query'
import { fold, markPattern, matchRanges, parseQuery, snippet } from './snippet'

type Doc = { id: ArticleId; title: string; text: string }

/** The first line of `search-index.json`; the MiniSearch index follows on the next line. */
type SavedHeader = { version: 1; stamp: string }

const OPTIONS = {
  fields: ['title', 'text'],
  idField: 'id',
  searchOptions: { boost: { title: 3 } }
}

/** How many of the best hits get a snippet. */
const SNIPPETS = 300

/** Loose terms: prefix matching, and typo tolerance for words long enough to have typos. */
const looseTerm = (term: string): Query => ({
  queries: [term],
  // A one- or two-letter prefix would expand to much of the vocabulary.
  prefix: term.length >= 3,
  fuzzy: term.length >= 5 ? 0.2 : false
})

/**
 * Full-text search over titles and bodies (MiniSearch): prefix and fuzzy terms, "quoted
 * phrases" matched exactly, and the ranges to highlight in the title and a snippet. The index
 * is derived data: it is saved to `search-index.json` to start fast, and rebuilt from the store
 * and the texts whenever that file is missing, unreadable or stale.
 */
export class SearchIndex implements TextSearch, LibraryObserver {
  private ms = new MiniSearch<Doc>(OPTIONS)
  private docs = new Map<ArticleId, Doc>()
  private loading: Promise<void> | null = null
  private saveTimer: NodeJS.Timeout | null = null

  constructor(
    private readonly file: string,
    private readonly all: () => readonly ArticleMeta[],
    private readonly readText: (id: ArticleId) => Promise<string>
  ) {}

  /** Loads the texts and the saved index (or rebuilds it) on first use. */
  ready(): Promise<void> {
    this.loading ??= this.load()
    return this.loading
  }

  private async load(): Promise<void> {
    const metas = this.all()
    for (const m of metas)
      this.docs.set(m.id, {
        id: m.id,
        title: m.title,
        text: await this.readText(m.id).catch(() => '')
      })
    const stamp = this.stamp()
    const saved = await readFile(this.file, 'utf8').catch(() => '')
    const cut = saved.indexOf('\n')
    const header = cut > 0 ? (safeParse(saved.slice(0, cut)) as SavedHeader | null) : null
    if (header?.version === 1 && header.stamp === stamp) {
      try {
        this.ms = MiniSearch.loadJSON<Doc>(saved.slice(cut + 1), OPTIONS)
        // Articles added while the file was being read are not in it yet.
        for (const d of this.docs.values()) if (!this.ms.has(d.id)) this.ms.add(d)
        return
      } catch {
        // A damaged index is only a cache: fall through and rebuild it.
      }
    }
    this.ms = new MiniSearch<Doc>(OPTIONS)
    this.ms.addAll([...this.docs.values()])
    this.scheduleSave()
  }

  /** Identifies the indexed content: ids, content hashes and titles. */
  private stamp(): string {
    const h = createHash('sha256')
    for (const m of [...this.all()].sort((a, b) => a.id.localeCompare(b.id)))
      h.update(`${m.id}\0${m.contentHash}\0${m.title}\n`)
    return h.digest('hex')
  }

  search(query: string, ids: Set<string>): Map<string, SearchMatch> {
    const { phrases, terms } = parseQuery(query)
    const out = new Map<string, SearchMatch>()
    const phraseWords = phrases.flatMap((p) => p.match(/[\p{L}\p{N}]+/gu) ?? [])
    if (!phraseWords.length && !terms.length) return out
    const tree: Query = {
      combineWith: 'AND',
      queries: [...phraseWords.map((w) => ({ queries: [w] })), ...terms.map(looseTerm)]
    }
    const hits = this.ms.search(tree, { filter: (r) => ids.has(r.id as string) }).filter((r) => {
      const doc = this.docs.get(r.id as string)
      return (
        doc &&
        (!phrases.length || phrases.every((p) => fold(`${doc.title}\n${doc.text}`).includes(p)))
      )
    })
    // One pattern for the whole result list: every word any result matched, except words that
    // only came from a phrase (those are marked where the whole phrase is, not everywhere).
    const inPhrase = new Set(phraseWords.map((w) => w.toLowerCase()))
    const marked = new Set<string>()
    for (const r of hits)
      for (const t of r.terms) if (!inPhrase.has(t) || terms.includes(t)) marked.add(t)
    const pattern = markPattern(marked, phrases)
    const anchor = phrases.length ? markPattern([], phrases) : pattern
    hits.forEach((r, rank) => {
      const doc = this.docs.get(r.id as string) as Doc
      out.set(doc.id, {
        score: r.score,
        titleRanges: matchRanges(doc.title, pattern),
        // Hits come best first; past the first few hundred nobody reads snippets, so skip them.
        snippet: rank < SNIPPETS ? snippet(doc.text, pattern, anchor) : { text: '', ranges: [] }
      })
    })
    return out
  }

  added(meta: ArticleMeta, text: string): void {
    if (!this.loading) return
    this.removeDoc(meta.id)
    const doc = { id: meta.id, title: meta.title, text }
    this.docs.set(meta.id, doc)
    this.ms.add(doc)
    this.scheduleSave()
  }

  removed(id: ArticleId): void {
    if (!this.loading) return
    this.removeDoc(id)
    this.scheduleSave()
  }

  changed(meta: ArticleMeta): void {
    const doc = this.docs.get(meta.id)
    if (!this.loading || !doc || doc.title === meta.title) return
    this.added(meta, doc.text)
  }

  private removeDoc(id: ArticleId): void {
    if (this.ms.has(id)) this.ms.discard(id)
    this.docs.delete(id)
  }

  private scheduleSave(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer)
    this.saveTimer = setTimeout(() => void this.save(), 2000)
    this.saveTimer.unref()
  }

  /** Writes the index now if a save is pending. A failed save only costs a rebuild later. */
  async save(): Promise<void> {
    if (!this.saveTimer) return
    clearTimeout(this.saveTimer)
    this.saveTimer = null
    const header: SavedHeader = { version: 1, stamp: this.stamp() }
    await writeFileAtomic(this.file, `${JSON.stringify(header)}\n${JSON.stringify(this.ms)}`).catch(
      () => undefined
    )
  }
}

function safeParse(s: string): unknown {
  try {
    return JSON.parse(s)
  } catch {
    return null
  }
}
