import type { ArticleId } from '../../shared/model'
import { nearDuplicateScore, paragraphFingerprints } from './import'
import type { NearDuplicateFinder } from './library'

/** "Most paragraphs shared": the share of the new article's paragraphs found in an old one. */
export const NEAR_DUPLICATE_SHARE = 0.6

/**
 * Paragraph fingerprints of every article, indexed so a new article is compared only with the
 * articles it shares a paragraph with. Filled lazily from the stored texts on first use.
 */
export class ParagraphIndex implements NearDuplicateFinder {
  private byArticle = new Map<ArticleId, readonly string[]>()
  private byParagraph = new Map<string, Set<ArticleId>>()
  private loading: Promise<void> | null = null

  constructor(private readonly loadAll: () => Promise<{ id: ArticleId; text: string }[]>) {}

  async ready(): Promise<void> {
    this.loading ??= this.load()
    return this.loading
  }

  private async load(): Promise<void> {
    for (const { id, text } of await this.loadAll()) {
      this.add(id, paragraphFingerprints(text))
      // One article at a time, so a library of long texts never holds up a request for long.
      await new Promise((resolve) => setImmediate(resolve))
    }
  }

  find(prints: readonly string[]): ArticleId | undefined {
    const candidates = new Set<ArticleId>()
    for (const p of prints) for (const id of this.byParagraph.get(p) ?? []) candidates.add(id)
    let best: { id: ArticleId; score: number } | undefined
    for (const id of candidates) {
      const score = nearDuplicateScore(prints, this.byArticle.get(id) ?? [])
      if (score >= NEAR_DUPLICATE_SHARE && (!best || score > best.score)) best = { id, score }
    }
    return best?.id
  }

  add(id: ArticleId, prints: readonly string[]): void {
    this.byArticle.set(id, prints)
    for (const p of prints) {
      let ids = this.byParagraph.get(p)
      if (!ids) this.byParagraph.set(p, (ids = new Set()))
      ids.add(id)
    }
  }

  remove(id: ArticleId): void {
    for (const p of this.byArticle.get(id) ?? []) this.byParagraph.get(p)?.delete(id)
    this.byArticle.delete(id)
  }
}
