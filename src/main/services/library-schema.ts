import { z } from 'zod'
import { DECISION_STATUSES } from '../../shared/vocabulary'
import { upgradeDecision, upgradeLink, type LegacyDecision } from './legacy-findings'
import {
  defaultPrefs,
  type AnnotationLink,
  type ArticleMeta,
  type FindingDecision,
  type PaletteColor,
  type ReaderPrefs,
  type StoryEdit
} from '../../shared/model'

/** The schema version this build writes. A file with a higher version is never opened. */
export const SCHEMA_VERSION = 3

/** Everything the library store holds. Article text is in texts/<id>.txt, not here. */
export type LibraryData = {
  schemaVersion: number
  articles: ArticleMeta[]
  /** Set once the sample articles were imported, so an emptied library is not re-seeded. */
  seededAt?: string
  /** The analyst's decisions on findings, by finding id (since schema 2; selectors since 3). */
  decisions: Record<string, FindingDecision>
  /** Reader settings (since schema 2). */
  prefs: ReaderPrefs
  /** Highlight colours and their meanings (since schema 2). */
  palette: PaletteColor[]
  /**
   * Links between annotations and findings (since schema 2; finding ends keep selectors since 3).
   * Annotations live per article.
   */
  links: AnnotationLink[]
  /** The analyst's corrections of the automatic stories, in the order made; absent when none. */
  storyEdits?: StoryEdit[]
}

/** Six colours whose meanings the analyst can rename. */
export const defaultPalette = (): PaletteColor[] => [
  { id: 'yellow', name: 'Key claim', color: '#f2c94c' },
  { id: 'red', name: 'Doubtful', color: '#eb5757' },
  { id: 'blue', name: 'Follow up', color: '#56a0d3' },
  { id: 'green', name: 'Evidence', color: '#6fcf97' },
  { id: 'purple', name: 'Context', color: '#bb8fce' },
  { id: 'orange', name: 'Quote', color: '#f2994a' }
]

export const emptyLibrary = (): LibraryData => ({
  schemaVersion: SCHEMA_VERSION,
  articles: [],
  decisions: {},
  prefs: defaultPrefs(),
  palette: defaultPalette(),
  links: []
})

/** The stored shape of an article's metadata; bundles check imported rows against it too. */
export const articleMeta = z.object({
  id: z.string(),
  title: z.string(),
  source: z.string(),
  date: z.string(),
  published: z.string().optional(),
  updated: z.string().optional(),
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

// Older versions lack the later fields; migrate() fills them in.
const libraryData = z.object({
  schemaVersion: z.number().int().min(1),
  articles: z.array(articleMeta),
  seededAt: z.string().optional(),
  decisions: z
    .record(
      z.string(),
      z.object({ findingId: z.string(), status: z.enum(DECISION_STATUSES) }).passthrough()
    )
    .optional(),
  prefs: z.object({}).passthrough().optional(),
  palette: z.array(z.object({ id: z.string(), name: z.string(), color: z.string() })).optional(),
  links: z.array(z.object({ id: z.string(), relation: z.string() }).passthrough()).optional()
})

/** Why a parsed file cannot be used, or null when it can. */
export function checkLibraryData(data: unknown): string | null {
  const version = (data as { schemaVersion?: unknown } | null)?.schemaVersion
  if (typeof version === 'number' && version > SCHEMA_VERSION)
    return `it was written by a newer version of Parallax (schema ${version}; this version reads up to ${SCHEMA_VERSION})`
  const parsed = libraryData.safeParse(data)
  if (!parsed.success)
    return `it is not a Parallax library (${parsed.error.issues[0]?.message ?? 'wrong shape'} at ${parsed.error.issues[0]?.path.join('.') ?? '?'})`
  return null
}

/**
 * Brings data of any older schema up to SCHEMA_VERSION, in place. Returns whether it changed.
 * `text` reads an article's stored text (undefined when missing), to turn stored offsets into
 * selectors; the store file is backed up before this runs.
 */
export function migrateLibrary(
  data: LibraryData,
  text: (article: string) => string | undefined = () => undefined
): boolean {
  if (data.schemaVersion >= SCHEMA_VERSION) return false
  if (data.schemaVersion < 2) {
    // 1 → 2: decisions on findings, reader preferences, the palette and links.
    data.decisions ??= {}
    data.prefs = { ...defaultPrefs(), ...(data.prefs ?? {}) }
    data.palette ??= defaultPalette()
    data.links ??= []
  }
  // 2 → 3: decisions and finding link ends keep selectors instead of a copy of the finding.
  const read = memo(text)
  for (const [id, d] of Object.entries(data.decisions))
    data.decisions[id] = upgradeDecision(d as FindingDecision | LegacyDecision, read)
  data.links = data.links.map((l) => upgradeLink(l, read))
  data.schemaVersion = SCHEMA_VERSION
  return true
}

function memo(f: (id: string) => string | undefined): (id: string) => string | undefined {
  const seen = new Map<string, string | undefined>()
  return (id) => (seen.has(id) ? seen.get(id) : (seen.set(id, f(id)), seen.get(id)))
}
