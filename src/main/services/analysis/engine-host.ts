import type { ArticleId, Finding } from '../../../shared/model'
import type { Engine, EngineDoc } from '../../../shared/analysis/engine'
import { mergeFindings } from '../../../shared/analysis/claims/suppress'

export type { Engine, EngineDoc }

/**
 * Keeps a set of engines in step with the library. A document already indexed with the same
 * content hash is not analysed again, so re-analysis after one import costs one article.
 */
export class EngineHost {
  private hashes = new Map<ArticleId, string>()

  constructor(private readonly engines: Engine[]) {}

  /** Adds or replaces documents; returns how many actually needed work. */
  sync(docs: EngineDoc[], onProgress?: (done: number) => void): number {
    let worked = 0
    docs.forEach((doc, i) => {
      if (this.hashes.get(doc.id) === doc.contentHash) return
      if (this.hashes.has(doc.id)) for (const e of this.engines) e.remove(doc.id)
      for (const e of this.engines) e.add(doc)
      this.hashes.set(doc.id, doc.contentHash)
      worked++
      if (onProgress && i % 25 === 0) onProgress(i)
    })
    return worked
  }

  remove(id: ArticleId): void {
    if (!this.hashes.delete(id)) return
    for (const e of this.engines) e.remove(id)
  }

  known(): Map<ArticleId, string> {
    return new Map(this.hashes)
  }

  /** All findings among `ids`, strongest first within each engine, paraphrases of overlap dropped. */
  findings(ids?: ArticleId[]): Finding[] {
    return mergeFindings(this.engines.map((e) => e.findings(ids)))
  }
}
