import type { AnalysisScope } from '../../../shared/contract'
import { ANALYSIS_SCOPES } from '../../../shared/vocabulary'
import type { ArticleId, ArticleMeta, Finding } from '../../../shared/model'
import { articleTime } from '../../../shared/published'
import { err, ok, type Result } from '../../../shared/result'
import type { EventHub } from '../events'
import type { Library } from '../library'
import type { EngineDoc } from './engine-host'
import type { EngineChannel } from './protocol'

const CACHE_SIZE = 32

// A new time of publication changes which differing figures read as an update, so it
// re-analyses the article like new text does.
const syncKey = (m: ArticleMeta): string => `${m.contentHash}@${articleTime(m)}`

/** Articles of one story, among those analysed. */
export type StoryPart = { story: string; ids: ArticleId[] }

/**
 * Runs the engines (in a worker) over library articles. Documents are synced by content hash
 * and publication time,
 * so only new or edited articles are analysed; results for the same articles and hashes are
 * served from a small cache. Progress is pushed as `analysis:progress`.
 */
export class AnalysisService {
  private synced = new Map<ArticleId, string>()
  private cache = new Map<string, Finding[]>()
  /** Findings per article from the latest analyses, for the library's marks. */
  readonly counts = new Map<ArticleId, number>()

  /**
   * @param partition groups the articles by story: cross-article findings are then asked for
   *   per story, so two articles about different events are never compared. Without it, every
   *   pair is compared.
   */
  constructor(
    private readonly library: Library,
    private readonly channel: EngineChannel,
    private readonly events: EventHub,
    private readonly partition?: (ids: ArticleId[]) => Promise<StoryPart[]>
  ) {
    library.observe({ removed: (id) => void this.forget(id) })
  }

  async analyze(ids: ArticleId[], scope: AnalysisScope = 'stories'): Promise<Result<Finding[]>> {
    const metas = [...new Set(ids)].map((id) => this.library.meta(id))
    const missing = ids.filter((_id, i) => !metas[i])
    if (missing.length)
      return err('not-found', `No article with id ${missing.join(', ')} is in the library.`)
    const live = metas.filter((m) => m !== undefined)
    const parts =
      this.partition && scope === 'stories'
        ? await this.partition(live.map((m) => m.id))
        : [{ story: '', ids: live.map((m) => m.id) }]
    const key = [
      ...live.map((m) => `${m.id}:${syncKey(m)}`).sort(),
      ...parts.map((p) => p.ids.join('+')).sort()
    ].join(',')
    const cached = this.cache.get(key)
    if (cached) return ok(cached)
    const progress = (stage: 'reading' | 'analysing' | 'done', done: number, total: number): void =>
      this.events.emit('analysis:progress', { stage, done, total })
    const stale = live.filter((m) => this.synced.get(m.id) !== syncKey(m))
    const docs: EngineDoc[] = []
    for (const m of stale) {
      docs.push({
        id: m.id,
        text: await this.library.readText(m.id),
        contentHash: m.contentHash,
        date: m.date || undefined,
        time: articleTime(m) || undefined
      })
      if (docs.length % 50 === 0) progress('reading', docs.length, stale.length)
    }
    try {
      // Both requests go out at once: each worker reads its findings as soon as its own sync
      // is done, instead of waiting for the slowest worker to finish syncing.
      const [, ...perStory] = await Promise.all([
        docs.length
          ? this.channel.request({ op: 'sync', docs }, (n) => progress('analysing', n, docs.length))
          : 0,
        ...parts.map((p) => this.channel.request({ op: 'findings', ids: p.ids }))
      ])
      const findings = perStory.flatMap((fs, i) => {
        const story = parts[i]?.story
        return story ? fs.map((f) => ({ ...f, story })) : fs
      })
      for (const m of stale) this.synced.set(m.id, syncKey(m))
      this.remember(key, findings)
      progress('done', live.length, live.length)
      return ok(findings)
    } catch (e) {
      // A worker that died restarts empty: send every document again next time.
      this.synced.clear()
      return err('internal', `The analysis failed: ${(e as Error).message}`)
    }
  }

  /**
   * A finding by its id, as the latest analysis of these articles reports it: decisions and
   * links are made from this, never from a copy a caller sends. Analyses are cached, so this
   * costs nothing after the reader's own `analyze`.
   */
  async finding(id: string, articles: ArticleId[]): Promise<Result<Finding>> {
    // A finding across stories exists only once the analyst compared them anyway.
    for (const scope of ANALYSIS_SCOPES) {
      const found = await this.analyze(articles, scope)
      if (!found.ok) return found
      const f = found.value.find((x) => x.id === id)
      if (f) return ok(f)
    }
    return err(
      'not-found',
      `The analysis of these articles has no finding ${id}; analyse them again.`
    )
  }

  /** A finding of any recent analysis, for a caller that names only one of its articles. */
  recent(id: string): Finding | undefined {
    for (const list of this.cache.values()) {
      const f = list.find((x) => x.id === id)
      if (f) return f
    }
    return undefined
  }

  private remember(key: string, findings: Finding[]): void {
    this.cache.set(key, findings)
    if (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as string)
    const counts = new Map<ArticleId, Set<string>>()
    for (const f of findings)
      for (const side of [f.a.article, f.b.article])
        (counts.get(side) ?? counts.set(side, new Set()).get(side))?.add(f.id)
    for (const [id, set] of counts)
      this.counts.set(id, Math.max(this.counts.get(id) ?? 0, set.size))
  }

  private async forget(id: ArticleId): Promise<void> {
    this.synced.delete(id)
    this.counts.delete(id)
    this.cache.clear()
    await this.channel.request({ op: 'remove', ids: [id] }).catch(() => undefined)
  }

  close(): Promise<void> {
    return this.channel.close()
  }
}
