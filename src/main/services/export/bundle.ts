import { z } from 'zod'
import { FINDING_KINDS } from '../../../shared/analysis/kinds'
import {
  annotationId,
  articleId,
  colorId,
  findingId,
  gradeFields,
  linkId,
  linkRelation
} from '../../../shared/schemas'
import { ANCHOR_STATUSES, DECISION_STATUSES, HEX_COLOUR } from '../../../shared/vocabulary'
import { articleMeta } from '../library-schema'
import { isTimestamp } from '../../../shared/published'
import type {
  Annotation,
  AnnotationLink,
  ArticleMeta,
  FindingDecision,
  FindingSide,
  PaletteColor
} from '../../../shared/model'
import { sideFits } from '../../../shared/anchoring'

export const BUNDLE_FORMAT = 'parallax-bundle'
/** 2: decisions and finding link ends keep selectors, not a copy of the finding's offsets. */
export const BUNDLE_VERSION = 2

/**
 * Everything needed to rebuild a set of articles in another library: metadata (grades, tags),
 * the stored text the offsets refer to, every annotation (trash included), the links and
 * decisions among them, and the palette that gives colours their meanings.
 */
export type Bundle = {
  format: typeof BUNDLE_FORMAT
  version: number
  exportedAt: string
  palette: PaletteColor[]
  articles: { meta: ArticleMeta; text: string; annotations: Annotation[] }[]
  links: AnnotationLink[]
  decisions: FindingDecision[]
}

/** The bundle as JSON: the format marker comes first so it can be recognised from the head. */
export const bundleJson = (b: Bundle): string => `${JSON.stringify(b, null, 2)}\n`

/**
 * Whether a file is meant to be a bundle, whatever its name: it opens with the format marker
 * (the exporter writes it first). Such a file must then parse as a bundle, or fail clearly.
 */
export function looksLikeBundle(bytes: Uint8Array): boolean {
  const head = new TextDecoder().decode(bytes.subarray(0, 200))
  return /^\uFEFF?\s*\{\s*"format"\s*:\s*"parallax-bundle"/.test(head)
}

// A page or a briefing may turn these into links or styles, so nothing else is let in.
const WEB_URL = /^(https?:\/\/[^\s]+)?$/i
const grade = gradeFields
const selector = z.tuple([
  z.object({
    type: z.literal('TextQuoteSelector'),
    exact: z.string(),
    prefix: z.string(),
    suffix: z.string()
  }),
  z.object({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().min(0),
    end: z.number().int().min(0)
  })
])
const anchor = z.object({ status: z.enum(ANCHOR_STATUSES), confidence: z.number() })
const side = { article: articleId, selector, anchor }
const end = z.union([
  z.object({ type: z.literal('annotation'), id: annotationId, article: articleId }),
  z.object({ type: z.literal('finding'), findingId, ...side })
])
const annotation = z.object({
  id: annotationId,
  article: articleId,
  target: z.object({ source: articleId, selector }),
  body: z.object({
    color: colorId,
    tags: z.array(z.string()),
    note: z.string(),
    grade: grade.optional()
  }),
  anchor,
  created: z.string(),
  modified: z.string(),
  deletedAt: z.string().optional()
})
const meta = articleMeta.extend({
  id: articleId,
  published: z.string().refine(isTimestamp, 'a publication time is an ISO timestamp').optional(),
  updated: z
    .string()
    .refine(
      (s) => isTimestamp(s) || /^\d{4}-\d{2}-\d{2}$/.test(s),
      'an update time is a timestamp or a day'
    )
    .optional(),
  url: z.string().regex(WEB_URL, 'an article URL is empty or http(s)'),
  nearDuplicateOf: articleId.optional(),
  grade: grade.optional()
})

export const bundleSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  version: z.number().int().min(1).max(BUNDLE_VERSION),
  exportedAt: z.string(),
  palette: z.array(
    z.object({
      id: colorId,
      name: z.string(),
      color: z.string().regex(HEX_COLOUR, 'a palette colour is #rgb or #rrggbb')
    })
  ),
  articles: z
    .array(z.object({ meta, text: z.string(), annotations: z.array(annotation) }))
    .min(1, 'the bundle holds no article'),
  links: z.array(
    z.object({
      id: linkId,
      relation: linkRelation,
      from: end,
      to: end,
      created: z.string(),
      finding: findingId.optional()
    })
  ),
  decisions: z.array(
    z.object({
      findingId,
      status: z.enum(DECISION_STATUSES),
      reason: z.string().optional(),
      comment: z.string().optional(),
      at: z.string(),
      kind: z.enum(FINDING_KINDS),
      explanation: z.string(),
      a: z.object(side),
      b: z.object(side)
    })
  )
})

/** The first value that occurs twice, if any. */
function repeated(values: readonly string[]): string | undefined {
  const seen = new Set<string>()
  for (const v of values) {
    if (seen.has(v)) return v
    seen.add(v)
  }
  return undefined
}

/** Why a bundle repeats an id that must be unique (two rows would share it), or null. */
function checkUnique(b: Bundle): string | null {
  const lists: [string, string[]][] = [
    ['article id', b.articles.map((a) => a.meta.id)],
    ['annotation id', b.articles.flatMap((a) => a.annotations.map((x) => x.id))],
    ['link id', b.links.map((l) => l.id)],
    ['decision on finding', b.decisions.map((d) => d.findingId)],
    ['palette colour', b.palette.map((c) => c.id)]
  ]
  for (const [what, values] of lists) {
    const twice = repeated(values)
    if (twice !== undefined) return `the ${what} ${twice} appears twice`
  }
  return null
}

/**
 * Why a parsed bundle cannot be imported as it is (a repeated id, offsets that miss their
 * text...), or null.
 */
export function checkBundle(b: Bundle): string | null {
  const unique = checkUnique(b)
  if (unique) return unique
  const texts = new Map(b.articles.map((a) => [a.meta.id, a.text]))
  const annotationIds = new Set(b.articles.flatMap((a) => a.annotations.map((x) => x.id)))
  const colours = new Set(b.palette.map((c) => c.id))
  for (const a of b.articles)
    for (const x of a.annotations) {
      const [q, p] = x.target.selector
      if (!colours.has(x.body.color))
        return `annotation ${x.id} uses the colour ${x.body.color}, which the bundle's palette does not define`
      if (x.article !== a.meta.id)
        return `annotation ${x.id} is filed under ${a.meta.id} but names article ${x.article}`
      if (x.anchor.status !== 'orphan' && a.text.slice(p.start, p.end) !== q.exact)
        return `annotation ${x.id} does not match the text of article ${a.meta.id} at ${p.start}-${p.end}`
    }
  // A placed side must quote its text where it says; an orphan keeps its last known quote.
  const fits = (s: FindingSide): boolean => sideFits(s, texts.get(s.article) ?? '')
  for (const l of b.links)
    for (const e of [l.from, l.to]) {
      if (!texts.has(e.article))
        return `link ${l.id} points at article ${e.article}, which is not in the bundle`
      if (e.type === 'annotation' && !annotationIds.has(e.id))
        return `link ${l.id} points at annotation ${e.id}, which is not in the bundle`
      if (e.type === 'finding' && !fits(e))
        return `link ${l.id} quotes a passage that is not in its article's text`
    }
  for (const d of b.decisions) {
    const missing = [d.a, d.b].find((s) => !texts.has(s.article))
    if (missing)
      return `the decision on finding ${d.findingId} points at article ${missing.article}, which is not in the bundle`
    if (!fits(d.a) || !fits(d.b))
      return `the decision on finding ${d.findingId} quotes a passage that is not in the bundle's texts`
  }
  return null
}
