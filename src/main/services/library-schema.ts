import { z } from 'zod'
import type { ArticleMeta } from '../../shared/model'

/** The schema version this build writes. A file with a higher version is never opened. */
export const SCHEMA_VERSION = 1

/** Everything the library store holds. Article text is in texts/<id>.txt, not here. */
export type LibraryData = {
  schemaVersion: number
  articles: ArticleMeta[]
  /** Set once the sample articles were imported, so an emptied library is not re-seeded. */
  seededAt?: string
}

export const emptyLibrary = (): LibraryData => ({ schemaVersion: SCHEMA_VERSION, articles: [] })

const articleMeta = z.object({
  id: z.string(),
  title: z.string(),
  source: z.string(),
  date: z.string(),
  author: z.string(),
  url: z.string(),
  language: z.string(),
  wordCount: z.number(),
  tags: z.array(z.string()),
  contentHash: z.string(),
  origin: z.string(),
  importedAt: z.string(),
  nearDuplicateOf: z.string().optional(),
  deletedAt: z.string().optional()
})

const libraryData = z.object({
  schemaVersion: z.number(),
  articles: z.array(articleMeta),
  seededAt: z.string().optional()
})

/** Why a parsed file cannot be used, or null when it can. */
export function checkLibraryData(data: unknown): string | null {
  const version = (data as { schemaVersion?: unknown } | null)?.schemaVersion
  if (typeof version === 'number' && version > SCHEMA_VERSION)
    return `it was written by a newer version of Parallax (schema ${version}; this version reads up to ${SCHEMA_VERSION})`
  const parsed = libraryData.safeParse(data)
  if (!parsed.success)
    return `it is not a Parallax library (${parsed.error.issues[0]?.message ?? 'wrong shape'})`
  return null
}
