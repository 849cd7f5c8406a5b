import type { AnalysisDoc, ArticleId, Finding } from '../model'

/** A document as the engines see it: id, stored text, and the article's date for role checks. */
export type EngineDoc = AnalysisDoc & {
  /** Hash of the stored text; finding ids derive from it, so they survive re-analysis. */
  contentHash: string
  /** ISO date of publication, when known. */
  date?: string
  /** The time of the text held, with time of day when known (articleTime). */
  time?: string
}

/**
 * One incremental analysis stage (overlap, claims). `add` does the work for that document only;
 * `findings` reads what is already computed. Pure: no node, electron or DOM imports.
 */
export type Engine = {
  add(doc: EngineDoc): void
  remove(id: ArticleId): void
  /** Findings whose both sides lie within `ids` (all documents when omitted). */
  findings(ids?: ArticleId[]): Finding[]
}
