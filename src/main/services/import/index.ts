/** The article import pipeline: bytes or pasted text in, stored text and metadata out. */
export {
  extractArticle,
  MAX_IMPORT_BYTES,
  type ArticleFormat,
  type ExtractedArticle,
  type ImportSource
} from './extract-article'
export { contentHash, nearDuplicateScore, paragraphFingerprints } from './fingerprints'
export { inferMeta, type InferredMeta, type MetaHints } from './infer-meta'
export type { Span } from './normalise'
