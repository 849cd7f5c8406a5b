/** The article import pipeline: bytes or pasted text in, stored text and metadata out. */
/**
 * Every caller outside this folder extracts through the bounded worker (extract-pool.ts): an
 * untrusted file may exhaust that worker, never the process that asked.
 */
export { extractArticleBounded as extractArticle, closeExtractWorkers } from './extract-pool'
export {
  MAX_IMPORT_BYTES,
  type ArticleFormat,
  type ExtractedArticle,
  type ImportSource
} from './extract-article'
export {
  contentHash,
  digestOf,
  nearDuplicateScore,
  paragraphFingerprints,
  type TextDigest
} from './fingerprints'
export { inferMeta, type InferredMeta, type MetaHints } from './infer-meta'
export type { Span } from './normalise'
