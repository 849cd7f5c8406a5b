import { z } from 'zod'
import { FINDING_KINDS } from './analysis/kinds'
import {
  BRIEFING_GROUPINGS,
  ANALYSIS_SCOPES,
  BRIEFING_SECTIONS,
  CREDIBILITIES,
  DECISION_STATUSES,
  EXPORT_FORMATS,
  HEX_COLOUR,
  ID_PATTERNS,
  LIBRARY_SORTS,
  TEAM_USER,
  LINK_RELATIONS,
  PAPER_SIZES,
  RELIABILITIES,
  THEMES
} from './vocabulary'
import type { ApiMethod, ParallaxApi } from './contract'
import { isTimestamp } from './published'

/** The largest file Parallax imports; checked again by the importers. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024

/**
 * Ids become object keys (decisions by finding id, maps by article id), so a name that
 * Object.prototype already has (`__proto__`, `constructor`, `toString`...) is refused everywhere.
 */
export const notReserved = (id: string): boolean => !(id in Object.prototype)
/** A schema for ids of the given pattern that also refuses Object.prototype's names. */
export const idOf = (pattern: RegExp, message?: string) =>
  z
    .string()
    .regex(pattern, message)
    .refine(notReserved, `"__proto__", "constructor" and the like are not ids`)

export const articleId = idOf(
  ID_PATTERNS.article,
  'an article id is 1-64 lower-case letters, digits or dashes'
)
const isoDate = z
  .string()
  .regex(/^(\d{4}(-\d{2}(-\d{2})?)?)?$/, 'a date is YYYY, YYYY-MM or YYYY-MM-DD')
const shortText = (max: number) => z.string().max(max)
/** A time as an analyst may set it: a timestamp (or a day, when `day`), or '' to clear it. */
const timeField = (what: string, day: boolean) =>
  z
    .string()
    .max(40)
    .refine(
      (s) => s === '' || isTimestamp(s) || (day && /^\d{4}-\d{2}-\d{2}$/.test(s)),
      `${what} is ${day ? 'YYYY-MM-DD or ' : ''}YYYY-MM-DDTHH:MM, with :SS and a zone (Z, +07:00) when known`
    )
const tag = z.string().min(1).max(64)

const libraryQuery = z
  .object({
    sort: z.enum(LIBRARY_SORTS).optional(),
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
  z.object({ pasted: z.string().min(1).max(MAX_IMPORT_BYTES) }).strict()
])

const articlePatch = z
  .object({
    title: shortText(1000).optional(),
    source: shortText(300).optional(),
    date: isoDate.optional(),
    published: timeField('a publication time', false).optional(),
    updated: timeField('an update time', true).optional(),
    author: shortText(300).optional(),
    url: shortText(2000).optional(),
    language: shortText(20).optional()
  })
  .strict()

const ids = z.array(articleId).min(1).max(10_000)

/** An Admiralty grade as stored; callers add .strict() where extra keys must be refused. */
export const gradeFields = z.object({
  reliability: z.enum(RELIABILITIES).optional(),
  credibility: z.literal(CREDIBILITIES).optional()
})
const grade = gradeFields.strict()
export const annotationId = idOf(ID_PATTERNS.annotation)
export const linkId = idOf(ID_PATTERNS.link)
export const colorId = idOf(ID_PATTERNS.color)
const note = z.string().max(100_000)
export const findingId = idOf(ID_PATTERNS.finding)

const newAnnotation = z
  .object({
    article: articleId,
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    color: colorId,
    tags: z.array(tag).max(50).optional(),
    note: note.optional(),
    grade: grade.optional()
  })
  .strict()

const annotationPatch = z
  .object({
    color: colorId.optional(),
    tags: z.array(tag).max(50).optional(),
    note: note.optional(),
    grade: grade.nullable().optional()
  })
  .strict()

export const linkRelation = z.enum(LINK_RELATIONS)
const linkEnd = z.union([
  z.object({ type: z.literal('annotation'), id: annotationId, article: articleId }).strict(),
  z.object({ type: z.literal('finding'), findingId, article: articleId }).strict()
])

const decision = z
  .object({
    status: z.enum(DECISION_STATUSES),
    reason: shortText(2000).optional(),
    comment: shortText(20_000).optional()
  })
  .strict()

const prefsPatch = z
  .object({
    fontSize: z.number().int().min(12).max(32).optional(),
    theme: z.enum(THEMES).optional(),
    scrollSync: z.boolean().optional(),
    showUnique: z.boolean().optional(),
    showDismissed: z.boolean().optional(),
    minScore: z.number().min(0).max(1).optional(),
    hiddenKinds: z.array(z.enum(FINDING_KINDS)).max(FINDING_KINDS.length).optional()
  })
  .strict()

const briefingSpec = z
  .object({
    title: shortText(500),
    author: shortText(300),
    marking: shortText(200),
    articles: z.array(articleId).max(10_000),
    annotations: z
      .object({
        tags: z.array(tag).max(200),
        colors: z.array(colorId).max(50),
        grades: z.array(z.string().regex(/^([A-F]?[1-6]?|ungraded)$/)).max(50),
        excluded: z.array(annotationId).max(100_000)
      })
      .strict(),
    includeFindings: z.boolean(),
    groupBy: z.enum(BRIEFING_GROUPINGS),
    sections: z
      .array(z.enum(BRIEFING_SECTIONS))
      .max(BRIEFING_SECTIONS.length)
      .refine((s) => new Set(s).size === s.length, 'each section appears once'),
    summary: shortText(200_000),
    paper: z.enum(PAPER_SIZES)
  })
  .strict()
const exportFormat = z.enum(EXPORT_FORMATS)
const storyId = idOf(ID_PATTERNS.story, 'a story id is s- and an article id')

const storyEditId = idOf(ID_PATTERNS.storyEdit, 'a story edit id is a UUID')

const storyEdit = z.discriminatedUnion('op', [
  z.object({ op: z.literal('move'), article: articleId, with: articleId.optional() }).strict(),
  z.object({ op: z.literal('merge'), a: articleId, b: articleId }).strict(),
  z.object({ op: z.literal('split'), articles: ids }).strict(),
  z
    .object({ op: z.literal('rename'), articles: ids, name: z.string().trim().min(1).max(300) })
    .strict()
])

/**
 * Argument schemas per method. Main parses every call against these before a service sees it:
 * the renderer (or anything on loopback holding the token) is untrusted.
 */
export const argSchemas = {
  appInfo: z.tuple([]),
  listArticles: z.union([z.tuple([]), z.tuple([libraryQuery.optional()])]),
  openArticle: z.tuple([articleId]),
  importArticle: z.tuple([importSource]),
  updateArticle: z.tuple([articleId, articlePatch]),
  setArticleTags: z.tuple([articleId, z.array(tag).max(100)]),
  listTags: z.tuple([]),
  renameTag: z.tuple([tag, tag]),
  listSources: z.tuple([]),
  trashArticles: z.tuple([ids]),
  restoreArticles: z.tuple([ids]),
  emptyTrash: z.tuple([]),
  analyze: z.union([z.tuple([ids]), z.tuple([ids, z.enum(ANALYSIS_SCOPES)])]),
  listDecisions: z.tuple([ids]),
  decideFinding: z.tuple([findingId, ids, decision]),
  clearDecision: z.tuple([findingId]),
  getPrefs: z.tuple([]),
  setPrefs: z.tuple([prefsPatch]),
  listAnnotations: z.union([
    z.tuple([z.union([ids, z.literal('all')])]),
    z.tuple([z.union([ids, z.literal('all')]), z.boolean().optional()])
  ]),
  createAnnotation: z.tuple([newAnnotation]),
  updateAnnotation: z.tuple([articleId, annotationId, annotationPatch]),
  trashAnnotation: z.tuple([articleId, annotationId]),
  restoreAnnotation: z.tuple([articleId, annotationId]),
  renameAnnotationTag: z.tuple([tag, tag]),
  listAllTags: z.tuple([]),
  getPalette: z.tuple([]),
  renameColor: z.tuple([colorId, z.string().trim().min(1).max(60)]),
  recolor: z.tuple([colorId, z.string().regex(HEX_COLOUR, 'a colour is #rgb or #rrggbb')]),
  setArticleGrade: z.tuple([articleId, grade.nullable()]),
  listLinks: z.tuple([ids]),
  createLink: z.tuple([linkRelation, linkEnd, linkEnd]),
  deleteLink: z.tuple([linkId]),
  reimportArticle: z.tuple([articleId, importSource]),
  previewBriefing: z.tuple([briefingSpec]),
  exportBriefing: z.tuple([briefingSpec, exportFormat]),
  saveBriefing: z.tuple([briefingSpec, exportFormat]),
  listStories: z.tuple([]),
  editStory: z.union([z.tuple([storyEdit]), z.tuple([storyEdit, storyEditId])]),
  undoStoryEdit: z.union([z.tuple([]), z.tuple([storyEditId])]),
  openStory: z.tuple([storyId]),
  teamStatus: z.tuple([]),
  shareLibrary: z.union([
    z.tuple([z.string().regex(TEAM_USER, 'a user name is a-z, 0-9, _ and -')]),
    z.tuple([z.string().regex(TEAM_USER, 'a user name is a-z, 0-9, _ and -'), shortText(200)])
  ])
} satisfies { [M in ApiMethod]: z.ZodType<Parameters<ParallaxApi[M]>> }
