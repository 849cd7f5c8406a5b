import { ImmutableString } from '@automerge/automerge'
import type {
  Annotation,
  AnnotationLink,
  ArticleMeta,
  FindingDecision,
  FindingSide,
  Grade,
  LinkEnd,
  PaletteColor,
  TextQuoteSelector
} from '../../shared/model'

/**
 * The shapes of a team library's Automerge documents. Two rules keep them off the measured
 * performance cliffs and the merge traps:
 * - every string is an ImmutableString (stored whole, replaced whole, no per-character
 *   history) except an annotation's `note`, which analysts type into and may edit together;
 * - nothing is ever deleted from a map: an annotation, link or decision is soft-deleted with
 *   `deletedAt`, a tag is switched off with `false`, a grade is cleared with `null`. A hard
 *   delete concurrent with an edit silently loses the edit; a soft one keeps both.
 * shapes.test.ts enforces both rules on every constructor and on this folder's source.
 */

/** A string stored whole. */
export type Imm = ImmutableString
/** A set stored as a map, so that concurrent additions unite; `false` means removed. */
export type FlagSet = Record<string, boolean>
/** An ISO timestamp, or null while the thing is live. */
export type SoftDelete = Imm | null

export type StoredGrade = { reliability: Imm | null; credibility: number | null }

/** One team member: who they are, and the Automerge actors they write as. */
export type StoredMember = { name: Imm; role: Imm; actors: FlagSet }

/** An article's metadata; its text and annotations live in documents of their own. */
export type StoredArticle = {
  title: Imm
  source: Imm
  date: Imm
  published: Imm | null
  updated: Imm | null
  author: Imm
  url: Imm
  language: Imm
  wordCount: number
  tags: FlagSet
  contentHash: Imm
  origin: Imm
  importedAt: Imm
  nearDuplicateOf: Imm | null
  grade: StoredGrade | null
  /** automerge: URL of the text document of the version in use. */
  textDoc: Imm
  /** automerge: URL of this article's annotations document. */
  annotationsDoc: Imm
  deletedAt: SoftDelete
  /** Set when the Trash was emptied: the article is gone from every list, its docs stay. */
  purgedAt: SoftDelete
}

/** The one document that lists a team library's articles, palette, members and other docs. */
export type LibraryDoc = {
  schema: number
  name: Imm
  articles: Record<string, StoredArticle>
  palette: Record<string, { name: Imm; color: Imm; order: number }>
  members: Record<string, StoredMember>
  /** automerge: URL of the links document. */
  linksDoc: Imm
  /** Each analyst's decisions document, by user: one writer each, so never a conflict. */
  decisionsDocs: Record<string, Imm>
}

/** One version of an article's text, never edited: a re-import makes a new document. */
export type TextDoc = { contentHash: Imm; text: Imm }

export type StoredQuote = { exact: Imm; prefix: Imm; suffix: Imm }
export type StoredPosition = { start: number; end: number }

export type StoredAnnotation = {
  quote: StoredQuote
  pos: StoredPosition
  color: Imm
  tags: FlagSet
  /** The only plain (character-merged) string: two analysts' edits of one note both survive. */
  note: string
  grade: StoredGrade | null
  anchor: { status: Imm; confidence: number }
  /** The user who made it. */
  by: Imm
  created: Imm
  modified: Imm
  deletedAt: SoftDelete
}

/** Every annotation on one article, by id. */
export type AnnotationsDoc = { article: Imm; annotations: Record<string, StoredAnnotation> }

export type StoredSide = {
  article: Imm
  quote: StoredQuote
  pos: StoredPosition
  anchor: { status: Imm; confidence: number }
}

export type StoredLinkEnd =
  { type: Imm; id: Imm; article: Imm } | ({ type: Imm; findingId: Imm } & StoredSide)

export type StoredLink = {
  relation: Imm
  from: StoredLinkEnd
  to: StoredLinkEnd
  created: Imm
  by: Imm
  finding: Imm | null
  deletedAt: SoftDelete
}

export type LinksDoc = { links: Record<string, StoredLink> }

export type StoredDecision = {
  status: Imm
  reason: Imm | null
  comment: Imm | null
  at: Imm
  kind: Imm
  explanation: Imm
  a: StoredSide
  b: StoredSide
  deletedAt: SoftDelete
}

/** One analyst's verdicts on findings, by finding id. Only that analyst writes it. */
export type DecisionsDoc = { user: Imm; decisions: Record<string, StoredDecision> }

export const LIBRARY_SCHEMA = 1

export const imm = (s: string): Imm => new ImmutableString(s)
const immOrNull = (s: string | undefined | null): Imm | null =>
  s === undefined || s === null ? null : imm(s)
/** The plain string of a stored value (ImmutableString or string). */
export const str = (v: Imm | string): string => (typeof v === 'string' ? v : v.val)
const strOrUndef = (v: Imm | null | undefined): string | undefined =>
  v === null || v === undefined ? undefined : str(v)

export const flagSet = (items: readonly string[]): FlagSet =>
  Object.fromEntries(items.map((t) => [t, true]))
/** The members of a stored set, sorted so every replica lists them alike. */
export const setMembers = (s: FlagSet): string[] =>
  Object.keys(s)
    .filter((k) => s[k] === true)
    .sort()

export function storedGrade(g: Grade | undefined): StoredGrade | null {
  if (!g || (g.reliability === undefined && g.credibility === undefined)) return null
  return { reliability: immOrNull(g.reliability), credibility: g.credibility ?? null }
}

export function gradeOf(g: StoredGrade | null | undefined): Grade | undefined {
  if (!g || (g.reliability === null && g.credibility === null)) return undefined
  return {
    ...(g.reliability !== null ? { reliability: str(g.reliability) as Grade['reliability'] } : {}),
    ...(g.credibility !== null ? { credibility: g.credibility as Grade['credibility'] } : {})
  }
}

const storedQuote = (q: TextQuoteSelector): StoredQuote => ({
  exact: imm(q.exact),
  prefix: imm(q.prefix),
  suffix: imm(q.suffix)
})
const quoteOf = (q: StoredQuote): TextQuoteSelector => ({
  type: 'TextQuoteSelector',
  exact: str(q.exact),
  prefix: str(q.prefix),
  suffix: str(q.suffix)
})

export function newLibraryDoc(name: string, linksDoc: string, palette: PaletteColor[]): LibraryDoc {
  return {
    schema: LIBRARY_SCHEMA,
    name: imm(name),
    articles: {},
    palette: Object.fromEntries(
      palette.map((p, order) => [p.id, { name: imm(p.name), color: imm(p.color), order }])
    ),
    members: {},
    linksDoc: imm(linksDoc),
    decisionsDocs: {}
  }
}

export const paletteOf = (doc: LibraryDoc): PaletteColor[] =>
  Object.entries(doc.palette)
    .sort(([, a], [, b]) => a.order - b.order)
    .map(([id, p]) => ({ id, name: str(p.name), color: str(p.color) }))

export const newMember = (name: string, role: string, actors: string[] = []): StoredMember => ({
  name: imm(name),
  role: imm(role),
  actors: flagSet(actors)
})

export function storedArticle(
  m: ArticleMeta,
  docs: { textDoc: string; annotationsDoc: string }
): StoredArticle {
  return {
    title: imm(m.title),
    source: imm(m.source),
    date: imm(m.date),
    published: immOrNull(m.published),
    updated: immOrNull(m.updated),
    author: imm(m.author),
    url: imm(m.url),
    language: imm(m.language),
    wordCount: m.wordCount,
    tags: flagSet(m.tags),
    contentHash: imm(m.contentHash),
    origin: imm(m.origin),
    importedAt: imm(m.importedAt),
    nearDuplicateOf: immOrNull(m.nearDuplicateOf),
    grade: storedGrade(m.grade),
    textDoc: imm(docs.textDoc),
    annotationsDoc: imm(docs.annotationsDoc),
    deletedAt: immOrNull(m.deletedAt),
    purgedAt: null
  }
}

export function articleMetaOf(id: string, a: StoredArticle): ArticleMeta {
  const grade = gradeOf(a.grade)
  const opt = (k: keyof ArticleMeta, v: Imm | null): Partial<ArticleMeta> =>
    v === null ? {} : { [k]: str(v) }
  return {
    id,
    title: str(a.title),
    source: str(a.source),
    date: str(a.date),
    ...opt('published', a.published),
    ...opt('updated', a.updated),
    author: str(a.author),
    url: str(a.url),
    language: str(a.language),
    wordCount: a.wordCount,
    tags: setMembers(a.tags),
    contentHash: str(a.contentHash),
    origin: str(a.origin),
    importedAt: str(a.importedAt),
    ...opt('nearDuplicateOf', a.nearDuplicateOf),
    ...opt('deletedAt', a.deletedAt),
    ...(grade ? { grade } : {})
  }
}

export const newTextDoc = (contentHash: string, text: string): TextDoc => ({
  contentHash: imm(contentHash),
  text: imm(text)
})

export const newAnnotationsDoc = (article: string): AnnotationsDoc => ({
  article: imm(article),
  annotations: {}
})

export function storedAnnotation(a: Annotation, by: string): StoredAnnotation {
  const [quote, pos] = a.target.selector
  return {
    quote: storedQuote(quote),
    pos: { start: pos.start, end: pos.end },
    color: imm(a.body.color),
    tags: flagSet(a.body.tags),
    note: a.body.note,
    grade: storedGrade(a.body.grade),
    anchor: { status: imm(a.anchor.status), confidence: a.anchor.confidence },
    by: imm(by),
    created: imm(a.created),
    modified: imm(a.modified),
    deletedAt: immOrNull(a.deletedAt)
  }
}

/** The contract's Annotation for a stored one, plus who made it. */
export function annotationOf(
  id: string,
  article: string,
  s: StoredAnnotation
): Annotation & { by: string } {
  const grade = gradeOf(s.grade)
  const deletedAt = strOrUndef(s.deletedAt)
  return {
    id,
    article,
    target: {
      source: article,
      selector: [quoteOf(s.quote), { type: 'TextPositionSelector', ...s.pos }]
    },
    body: {
      color: str(s.color),
      tags: setMembers(s.tags),
      note: str(s.note),
      ...(grade ? { grade } : {})
    },
    anchor: {
      status: str(s.anchor.status) as Annotation['anchor']['status'],
      confidence: s.anchor.confidence
    },
    created: str(s.created),
    modified: str(s.modified),
    ...(deletedAt ? { deletedAt } : {}),
    by: str(s.by)
  }
}

function storedSide(s: FindingSide): StoredSide {
  const [quote, pos] = s.selector
  return {
    article: imm(s.article),
    quote: storedQuote(quote),
    pos: { start: pos.start, end: pos.end },
    anchor: { status: imm(s.anchor.status), confidence: s.anchor.confidence }
  }
}

function sideOf(s: StoredSide): FindingSide {
  return {
    article: str(s.article),
    selector: [quoteOf(s.quote), { type: 'TextPositionSelector', ...s.pos }],
    anchor: {
      status: str(s.anchor.status) as FindingSide['anchor']['status'],
      confidence: s.anchor.confidence
    }
  }
}

function storedEnd(e: LinkEnd): StoredLinkEnd {
  if (e.type === 'annotation') return { type: imm(e.type), id: imm(e.id), article: imm(e.article) }
  return { type: imm(e.type), findingId: imm(e.findingId), ...storedSide(e) }
}

function endOf(e: StoredLinkEnd): LinkEnd {
  if ('id' in e) return { type: 'annotation', id: str(e.id), article: str(e.article) }
  return { type: 'finding', findingId: str(e.findingId), ...sideOf(e) }
}

export const newLinksDoc = (): LinksDoc => ({ links: {} })

export function storedLink(l: AnnotationLink, by: string): StoredLink {
  return {
    relation: imm(l.relation),
    from: storedEnd(l.from),
    to: storedEnd(l.to),
    created: imm(l.created),
    by: imm(by),
    finding: immOrNull(l.finding),
    deletedAt: null
  }
}

export function linkOf(id: string, l: StoredLink): AnnotationLink {
  const finding = strOrUndef(l.finding)
  return {
    id,
    relation: str(l.relation) as AnnotationLink['relation'],
    from: endOf(l.from),
    to: endOf(l.to),
    created: str(l.created),
    ...(finding ? { finding } : {})
  }
}

export const newDecisionsDoc = (user: string): DecisionsDoc => ({
  user: imm(user),
  decisions: {}
})

export function storedDecision(d: FindingDecision): StoredDecision {
  return {
    status: imm(d.status),
    reason: immOrNull(d.reason),
    comment: immOrNull(d.comment),
    at: imm(d.at),
    kind: imm(d.kind),
    explanation: imm(d.explanation),
    a: storedSide(d.a),
    b: storedSide(d.b),
    deletedAt: null
  }
}

export function decisionOf(findingId: string, d: StoredDecision): FindingDecision {
  const reason = strOrUndef(d.reason)
  const comment = strOrUndef(d.comment)
  return {
    findingId,
    status: str(d.status) as FindingDecision['status'],
    ...(reason ? { reason } : {}),
    ...(comment ? { comment } : {}),
    at: str(d.at),
    kind: str(d.kind) as FindingDecision['kind'],
    explanation: str(d.explanation),
    a: sideOf(d.a),
    b: sideOf(d.b)
  }
}

/** Every document a library consists of, its own excepted: what a clone or USB sync copies. */
export function libraryDocUrls(lib: LibraryDoc): string[] {
  const urls = [str(lib.linksDoc), ...Object.values(lib.decisionsDocs).map(str)]
  for (const a of Object.values(lib.articles)) urls.push(str(a.textDoc), str(a.annotationsDoc))
  return [...new Set(urls)]
}
