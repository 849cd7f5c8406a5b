import { z } from 'zod'
import type { ApiMethod, ParallaxApi } from './contract'

/** The largest file Parallax imports; checked again by the importers. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024

const articleId = z
  .string()
  .regex(/^[a-z0-9-]{1,64}$/, 'an article id is 1-64 lower-case letters, digits or dashes')
const isoDate = z
  .string()
  .regex(/^(\d{4}(-\d{2}(-\d{2})?)?)?$/, 'a date is YYYY, YYYY-MM or YYYY-MM-DD')
const shortText = (max: number) => z.string().max(max)
const tag = z.string().min(1).max(64)

const libraryQuery = z
  .object({
    sort: z.enum(['date', 'title', 'source', 'imported']).optional(),
    descending: z.boolean().optional(),
    search: shortText(500).optional(),
    tags: z.array(tag).max(50).optional(),
    source: shortText(300).optional(),
    dateFrom: isoDate.optional(),
    dateTo: isoDate.optional(),
    trashed: z.boolean().optional()
  })
  .strict()

const importSource = z.union([
  z.object({ name: shortText(1000).min(1), data: z.instanceof(Uint8Array) }).strict(),
  z.object({ handle: z.string().regex(/^[a-f0-9]{32}$/) }).strict(),
  z.object({ pasted: z.string().min(1).max(MAX_IMPORT_BYTES) }).strict()
])

const articlePatch = z
  .object({
    title: shortText(1000).optional(),
    source: shortText(300).optional(),
    date: isoDate.optional(),
    author: shortText(300).optional(),
    url: shortText(2000).optional(),
    language: shortText(20).optional()
  })
  .strict()

const ids = z.array(articleId).min(1).max(10_000)

const passage = z
  .object({
    article: articleId,
    start: z.number().int().min(0),
    end: z.number().int().min(0),
    text: z.string().max(200_000)
  })
  .strict()
  .refine(
    (p) => p.end >= p.start && p.end - p.start === p.text.length,
    'a passage spans exactly its text'
  )

const finding = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9:_-]{1,128}$/),
    kind: z.enum(['overlap', 'duplicate', 'paraphrase', 'contradiction']),
    subtype: z.enum([
      'identical',
      'near-identical',
      'shared-quote',
      'repeated',
      'paraphrase',
      'number',
      'negation',
      'role',
      'date',
      'attribution'
    ]),
    score: z.number().min(0).max(1),
    explanation: z.string().max(2000),
    a: passage,
    b: passage,
    diff: z
      .array(z.object({ op: z.enum(['equal', 'insert', 'delete']), text: z.string() }).strict())
      .max(20_000)
  })
  .strict()

const decision = z
  .object({
    status: z.enum(['open', 'confirmed', 'dismissed']),
    reason: shortText(2000).optional(),
    comment: shortText(20_000).optional()
  })
  .strict()

const prefsPatch = z
  .object({
    fontSize: z.number().int().min(12).max(32).optional(),
    theme: z.enum(['system', 'light', 'dark']).optional(),
    scrollSync: z.boolean().optional(),
    showUnique: z.boolean().optional(),
    showDismissed: z.boolean().optional(),
    hiddenKinds: z
      .array(z.enum(['overlap', 'duplicate', 'paraphrase', 'contradiction']))
      .max(4)
      .optional()
  })
  .strict()

/**
 * Argument schemas per method. Main parses every call against these before a service sees it:
 * the renderer (or anything on loopback holding the token) is untrusted.
 */
export const argSchemas = {
  appInfo: z.tuple([]),
  listArticles: z.union([z.tuple([]), z.tuple([libraryQuery.optional()])]),
  openArticle: z.tuple([articleId]),
  importArticle: z.tuple([importSource]),
  chooseImportFiles: z.tuple([]),
  updateArticle: z.tuple([articleId, articlePatch]),
  setArticleTags: z.tuple([articleId, z.array(tag).max(100)]),
  listTags: z.tuple([]),
  renameTag: z.tuple([tag, tag]),
  listSources: z.tuple([]),
  trashArticles: z.tuple([ids]),
  restoreArticles: z.tuple([ids]),
  emptyTrash: z.tuple([]),
  analyze: z.tuple([ids]),
  listDecisions: z.tuple([ids]),
  decideFinding: z.tuple([finding, decision]),
  clearDecision: z.tuple([z.string().min(1).max(128)]),
  getPrefs: z.tuple([]),
  setPrefs: z.tuple([prefsPatch])
} satisfies { [M in ApiMethod]: z.ZodType<Parameters<ParallaxApi[M]>> }
