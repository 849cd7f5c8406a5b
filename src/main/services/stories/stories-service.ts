import { randomUUID } from 'node:crypto'
import { describeStories, storyIdOf } from '../../../shared/analysis/stories/detect'
import { applyEdits } from '../../../shared/analysis/stories/edits'
import { claimTable, type ClaimTable } from '../../../shared/analysis/stories/claim-table'
import { StoryIndex } from '../../../shared/analysis/stories/story-index'
import type {
  ArticleId,
  ArticleMeta,
  Story,
  StoryDetail,
  StoryEdit,
  StoryEditInput
} from '../../../shared/model'
import { articleTime, compareTimes } from '../../../shared/published'
import { err, ok, type Result } from '../../../shared/result'
import type { Library } from '../library'

/**
 * The library's stories: an incremental StoryIndex fed by the library's observer (imports,
 * edits, deletions), with the analyst's edits (stored in lowdb, `storyEdits`) replayed over it.
 * The index is built on first use, from every article in import order.
 */
export class StoriesService {
  private index = new StoryIndex()
  private indexed = new Map<ArticleId, string>()
  private building: Promise<void> | null = null

  constructor(private readonly library: Library) {
    library.observe({
      added: (meta, text) => this.building && this.put(meta, text),
      removed: (id) => {
        this.index.remove(id)
        this.indexed.delete(id)
      },
      changed: (meta) => {
        // A new title or date changes the signature; the text is unchanged, so read it again.
        if (this.building && this.indexed.get(meta.id) !== this.key(meta))
          void library.readText(meta.id).then(
            (t) => this.put(meta, t),
            () => undefined
          )
      }
    })
  }

  /** The stories of the live library, with the analyst's edits applied. */
  async list(): Promise<Story[]> {
    await this.build()
    const metas = new Map(
      this.library.store.data.articles.filter((a) => !a.deletedAt).map((a) => [a.id, a])
    )
    const auto = this.index.groups().map((g) => g.filter((id) => metas.has(id)))
    const { groups, names } = applyEdits(
      auto.filter((g) => g.length),
      this.library.store.data.storyEdits ?? []
    )
    return describeStories(this.index, groups).map((s, i) => {
      const dates = s.articles
        .map((id) => metas.get(id)?.date ?? '')
        .filter(Boolean)
        .sort()
      const name = names.get(i)
      return {
        ...s,
        name: name ?? s.name,
        renamed: name !== undefined,
        from: dates[0] ?? '',
        to: dates[dates.length - 1] ?? ''
      }
    })
  }

  /** One story with its timeline and claim table; `not-found` when no story has that id. */
  async detail(id: string): Promise<Result<StoryDetail>> {
    const story = (await this.list()).find((s) => s.id === id)
    if (!story) return err('not-found', 'That story is no longer in the library.')
    return ok(await this.detailOf(story, story.articles))
  }

  /**
   * The stories that two or more of these articles tell, each laid out over those articles
   * only (a briefing cites nothing it does not include), in the order of the stories.
   */
  async among(ids: ArticleId[]): Promise<StoryDetail[]> {
    const wanted = new Set(ids)
    const out: StoryDetail[] = []
    for (const s of await this.list()) {
      const mine = s.articles.filter((a) => wanted.has(a))
      if (mine.length > 1) out.push(await this.detailOf(s, mine))
    }
    return out
  }

  private async detailOf(story: Story, articles: ArticleId[]): Promise<StoryDetail> {
    const metas = articles
      .map((a) => this.library.meta(a))
      .filter((m): m is ArticleMeta => m !== undefined)
      .sort(byTimeline)
    const timeline = metas.map((m) => ({
      id: m.id,
      title: m.title,
      source: m.source,
      date: m.date,
      ...(m.published ? { published: m.published } : {}),
      ...(m.updated ? { updated: m.updated } : {}),
      importedAt: m.importedAt
    }))
    return { story, timeline, table: await this.table(metas) }
  }

  // Claim tables by what they are made of: the sidebar's conflict counts build every story's
  // table, so the story the analyst then opens is already laid out.
  private tables = new Map<string, ClaimTable>()

  private async table(metas: ArticleMeta[]): Promise<ClaimTable> {
    const key = metas
      .map((m) => [m.id, m.contentHash, m.title, m.source, m.date, articleTime(m)].join('\u0000'))
      .join('\n')
    let table = this.tables.get(key)
    if (table) return table
    let unread = false
    const docs = await Promise.all(
      metas.map(async (m) => ({
        id: m.id,
        title: m.title,
        source: m.source,
        date: m.date,
        time: articleTime(m),
        text: await this.library.readText(m.id).catch(() => ((unread = true), ''))
      }))
    )
    table = claimTable(docs)
    if (unread) return table
    // Bounded: a table per story of the library, and a few edits' worth of older ones.
    if (this.tables.size >= TABLES_KEPT) this.tables.clear()
    this.tables.set(key, table)
    return table
  }

  /** The story of each of these articles, as groups of the ids given. */
  async partition(ids: ArticleId[]): Promise<{ story: string; ids: ArticleId[] }[]> {
    const stories = await this.list()
    const wanted = new Set(ids)
    const out = stories
      .map((s) => ({ story: s.id, ids: s.articles.filter((id) => wanted.has(id)) }))
      .filter((p) => p.ids.length)
    const placed = new Set(out.flatMap((p) => p.ids))
    for (const id of ids) if (!placed.has(id)) out.push({ story: storyIdOf([id]), ids: [id] })
    return out
  }

  /**
   * Records an edit (atomically, with the library) and returns the stories after it. `id`
   * lets the caller undo this very edit later; a new one is made when none is given.
   */
  async edit(input: StoryEditInput, id: string = randomUUID()): Promise<Result<Story[]>> {
    const named =
      input.op === 'move'
        ? [input.article, ...(input.with ? [input.with] : [])]
        : input.op === 'merge'
          ? [input.a, input.b]
          : input.articles
    const missing = named.filter((id) => !this.library.meta(id))
    if (missing.length)
      return err('not-found', `No article with id ${missing.join(', ')} is in the library.`)
    if (this.library.store.data.storyEdits?.some((e) => e.id === id))
      return err('invalid-argument', 'That change to the stories was already made.')
    const edit = { ...input, id, at: new Date().toISOString() } as StoryEdit
    const r = await this.library.store.update(
      (d) => void (d.storyEdits = [...(d.storyEdits ?? []), edit]),
      'your change to the stories'
    )
    return r.ok ? ok(await this.list()) : r
  }

  /**
   * Takes back one edit, the latest when no id is given; later edits are replayed without it,
   * so undoing the latest leaves the stories as they were before it.
   */
  async undo(id?: string): Promise<Result<Story[]>> {
    const edits = this.library.store.data.storyEdits ?? []
    const target = id === undefined ? edits.at(-1) : edits.find((e) => e.id === id)
    if (!target)
      return err(
        'not-found',
        id === undefined
          ? 'There is no change to the stories to undo.'
          : 'That change to the stories is no longer recorded.'
      )
    const r = await this.library.store.update(
      (d) => void (d.storyEdits = (d.storyEdits ?? []).filter((e) => e.id !== target.id)),
      'undoing your change to the stories'
    )
    return r.ok ? ok(await this.list()) : r
  }

  // Conflicts per story, by its articles and their content: the claim table is not free.
  private conflictCache = new Map<string, number>()

  /** The number of conflicting claims in each story, cached until its articles change. */
  async conflicts(stories: Story[]): Promise<Map<string, number>> {
    const out = new Map<string, number>()
    for (const s of stories) {
      if (s.articles.length < 2) {
        out.set(s.id, 0)
        continue
      }
      const key = s.articles.map((a) => `${a}:${this.indexed.get(a) ?? ''}`).join(',')
      let n = this.conflictCache.get(key)
      if (n === undefined) {
        const d = await this.detail(s.id)
        n = d.ok ? d.value.table.rows.filter((r) => r.conflict).length : 0
        this.conflictCache.set(key, n)
      }
      out.set(s.id, n)
    }
    return out
  }

  private key = (m: ArticleMeta): string =>
    `${m.contentHash}|${m.title}|${m.date}|${articleTime(m)}|${m.source}`

  private put(meta: ArticleMeta, text: string): void {
    this.index.add({ id: meta.id, title: meta.title, text, date: meta.date })
    this.indexed.set(meta.id, this.key(meta))
  }

  private build(): Promise<void> {
    this.building ??= (async () => {
      const metas = [...this.library.store.data.articles].sort((a, b) =>
        a.importedAt < b.importedAt ? -1 : a.importedAt > b.importedAt ? 1 : a.id < b.id ? -1 : 1
      )
      for (const m of metas) {
        if (this.indexed.has(m.id)) continue
        const text = await this.library.readText(m.id).catch(() => '')
        this.put(m, text)
      }
    })()
    return this.building
  }
}

const TABLES_KEPT = 2000

/**
 * The timeline's order: the time of the text held (an update's time when stated), to the
 * minute when known; undated articles go by their import time, then ids break ties.
 */
function byTimeline(a: ArticleMeta, b: ArticleMeta): number {
  const ta = articleTime(a) || a.importedAt
  const tb = articleTime(b) || b.importedAt
  const known = compareTimes(ta, tb)
  if (known) return known
  return ta.slice(0, 10).localeCompare(tb.slice(0, 10)) || (a.id < b.id ? -1 : 1)
}
