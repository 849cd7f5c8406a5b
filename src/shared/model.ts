import type { FindingKind } from './analysis/kinds'
import type {
  ANCHOR_STATUSES,
  CREDIBILITIES,
  DECISION_STATUSES,
  LINK_RELATIONS,
  RELIABILITIES,
  THEMES
} from './vocabulary'
import type { ClaimTable } from './analysis/stories/claim-table'
import type { ErrorCode } from './result'

/** Opaque article id: a short hex string derived at import time. */
export type ArticleId = string

/** A paragraph of an article's stored text, with offsets into that text (UTF-16 code units). */
export type Paragraph = {
  /** Offset of the first character in the stored text. */
  start: number
  /** Offset one past the last character in the stored text. */
  end: number
  text: string
}

/** Metadata kept in the store for each article. Text lives in its own file, not here. */
export type ArticleMeta = {
  id: ArticleId
  title: string
  /** Outlet or publisher; empty when it could not be inferred. */
  source: string
  /** ISO date (YYYY-MM-DD) or empty when unknown; the day of `published` when that is set. */
  date: string
  /**
   * Publication time with its time of day, ISO 8601 with the offset the page stated
   * ("2013-07-02T09:14:00+03:30"; no offset when none was stated). Absent when only the day
   * is known. From meta tags, JSON-LD, a dateline or the analyst.
   */
  published?: string
  /** When the article says it was last updated, in the same form; absent when it does not. */
  updated?: string
  author: string
  url: string
  language: string
  wordCount: number
  tags: string[]
  /** SHA-256 of the stored text; identical text is recognised by it. */
  contentHash: string
  /** The file name it was imported from, or "pasted". */
  origin: string
  /** ISO timestamp of the import. */
  importedAt: string
  /** Set when most paragraphs are shared with an existing article. */
  nearDuplicateOf?: ArticleId
  /** ISO timestamp of the move to Trash; absent for live articles. */
  deletedAt?: string
  /** The analyst's grade of this source (Admiralty reliability and credibility). */
  grade?: Grade
}

/** Character ranges [start, end) to highlight in a string. */
export type Ranges = [number, number][]

/** Why a row matched a full-text search, for highlighting in the results. */
export type SearchMatch = {
  score: number
  titleRanges: Ranges
  snippet: { text: string; ranges: Ranges }
}

/** A row of the library list. */
export type ArticleSummary = Pick<
  ArticleMeta,
  | 'id'
  | 'title'
  | 'source'
  | 'date'
  | 'published'
  | 'updated'
  | 'wordCount'
  | 'tags'
  | 'importedAt'
  | 'nearDuplicateOf'
  | 'deletedAt'
  | 'grade'
> & {
  /** Present when the list was filtered by a search. */
  match?: SearchMatch
  /** How many annotations the analyst has made on it. */
  annotationCount?: number
  /** How many findings the last analysis reported for it. */
  findingCount?: number
}

/** The editable part of an article's metadata. */
export type ArticlePatch = Partial<
  Pick<ArticleMeta, 'title' | 'source' | 'date' | 'author' | 'url' | 'language'>
> & {
  /** A timestamp, or '' to forget the time of day; a new time also sets `date` to its day. */
  published?: string
  /** A timestamp, or '' to forget it. */
  updated?: string
}

/** A tag with the number of live articles that carry it. */
export type TagCount = { tag: string; count: number }

/** The outcome of importing one file, for the batch summary and `parallax import`. */
export type ImportResult =
  | {
      name: string
      status: 'imported'
      id: ArticleId
      title: string
      nearDuplicateOf?: ArticleId
      /** Set when the file was a Parallax bundle: `title` then sums up what it brought. */
      bundle?: true
    }
  | { name: string; status: 'duplicate'; id: ArticleId; title: string }
  | { name: string; status: 'failed'; code: ErrorCode; message: string }

/** An opened article: metadata plus the full stored text split into paragraphs. */
export type Article = ArticleMeta & {
  text: string
  paragraphs: Paragraph[]
}

export type Transport = 'electron' | 'http'

export type AppInfo = {
  name: string
  version: string
  dataDir: string
  transport: Transport
  articleCount: number
  /** What was recovered at start-up (a corrupt store moved aside...), for the user to read. */
  notices: string[]
}

/* ---------- Analysis findings ---------- */

/** Declared with everything derived from it in analysis/kinds.ts. */
export type { FindingKind } from './analysis/kinds'

export type FindingSubtype =
  | 'identical'
  | 'near-identical'
  | 'shared-quote'
  | 'repeated'
  | 'paraphrase'
  | 'number'
  | 'negation'
  | 'role'
  | 'date'
  | 'attribution'
  | 'update'

/** A passage of one article: exact offsets into its stored text, and that text. */
export type PassageRef = {
  article: ArticleId
  start: number
  end: number
  /** Exactly text.slice(start, end) of the article's stored text. */
  text: string
}

export type DiffOp = 'equal' | 'insert' | 'delete'

/** One token run of the jsdiff word diff from passage a to passage b. */
export type DiffPart = { op: DiffOp; text: string }

/** A relation between two passages that the engine suggests to the analyst. */
export type Finding = {
  /** Stable across re-analysis: derived from content hashes, kind and offsets. */
  id: string
  kind: FindingKind
  subtype: FindingSubtype
  /** 0..1, higher is stronger. Paraphrase scores below overlap. */
  score: number
  /** One line a person can read, e.g. "number: troops deployed: up to 12,000 (1 article) vs 10,000 (1 article)". */
  explanation: string
  a: PassageRef
  b: PassageRef
  diff: DiffPart[]
  /** The story both articles belong to, when findings were scoped to stories. */
  story?: string
  /**
   * Set when one claim is reported by several articles: every article's figure for it, so one
   * finding stands for the claim however many outlets (or syndicated copies) carry it.
   */
  group?: FindingGroup
}

/** One article's value in a grouped finding. */
export type GroupValue = {
  article: ArticleId
  start: number
  end: number
  /** The passage as written ("at least six people"). */
  text: string
  /** The value as read ("at least 6"). */
  value: string
  /** The article's publication date, when known. */
  date?: string
  /** The article's latest stated time with time of day (see articleTime), when known. */
  time?: string
}

/** A claim reported by several articles, with each article's value. */
export type FindingGroup = {
  /** Stable for the claim: its frame ("outcome|wounded|people|") and scope. */
  key: string
  /** What is counted, for people: "people wounded", "age of Gary Gomes". */
  label: string
  values: GroupValue[]
}

/** The text an analysis runs on: an id and the stored text. */
export type AnalysisDoc = { id: ArticleId; text: string }

/* ---------- The analyst's decisions on findings, and reader preferences ---------- */

/** 'open' keeps a comment on a finding the analyst has not judged yet. */
export type DecisionStatus = (typeof DECISION_STATUSES)[number]

/**
 * One side of a finding as a decision or a link keeps it: the article and the two W3C
 * selectors, re-anchored like an annotation when the article is re-imported. An orphan keeps
 * its old selectors; its position then means nothing until a later re-import places it.
 */
export type FindingSide = {
  article: ArticleId
  selector: [TextQuoteSelector, TextPositionSelector]
  anchor: AnchorState
}

/**
 * The analyst's verdict on a finding, by the finding's stable id. It keeps what an export
 * needs without re-running the analysis (kind, explanation) and where the two passages sit,
 * as selectors that follow the text through a re-import.
 */
export type FindingDecision = {
  findingId: string
  status: DecisionStatus
  /** Why it was dismissed, when the analyst said. */
  reason?: string
  comment?: string
  /** ISO timestamp of the last change. */
  at: string
  kind: FindingKind
  explanation: string
  a: FindingSide
  b: FindingSide
}

export type Theme = (typeof THEMES)[number]

/** Reader settings, remembered in the library store (not per browser origin). */
export type ReaderPrefs = {
  fontSize: number
  theme: Theme
  scrollSync: boolean
  showUnique: boolean
  showDismissed: boolean
  hiddenKinds: FindingKind[]
  /** Findings less likely than this to be right are hidden (and counted) unless decided. */
  minScore: number
}

export const defaultPrefs = (): ReaderPrefs => ({
  fontSize: 18,
  theme: 'system',
  scrollSync: true,
  showUnique: false,
  showDismissed: false,
  hiddenKinds: [],
  minScore: 0.6
})

/* ---------- Annotations (W3C Web Annotation model) ---------- */

/** The quoted text with some context either side, for re-finding it after the text changes. */
export type TextQuoteSelector = {
  type: 'TextQuoteSelector'
  exact: string
  prefix: string
  suffix: string
}

/** Character offsets into the stored article text. */
export type TextPositionSelector = { type: 'TextPositionSelector'; start: number; end: number }

/** Admiralty grading: source reliability A-F and information credibility 1-6, shown as "B2". */
export type Reliability = (typeof RELIABILITIES)[number]
export type Credibility = (typeof CREDIBILITIES)[number]
export type Grade = { reliability?: Reliability; credibility?: Credibility }

/** A highlight colour with the meaning the analyst gave it ("key claim", "doubtful"...). */
export type PaletteColor = { id: string; name: string; color: string }

/** How well an annotation sits on the current text: confidence 0..1; orphans need attention. */
export type AnchorState = { status: (typeof ANCHOR_STATUSES)[number]; confidence: number }

export type Annotation = {
  id: string
  article: ArticleId
  target: { source: ArticleId; selector: [TextQuoteSelector, TextPositionSelector] }
  body: { color: string; tags: string[]; note: string; grade?: Grade }
  anchor: AnchorState
  /** ISO timestamps. */
  created: string
  modified: string
  /** Set while the annotation is in the annotation trash. */
  deletedAt?: string
  /** In a team library, the user who made it; absent in a solo library. */
  by?: string
}

export type LinkRelation = (typeof LINK_RELATIONS)[number]

/** One end of a link: an annotation, or one side of a finding (kept as selectors). */
export type LinkEnd =
  | { type: 'annotation'; id: string; article: ArticleId }
  | ({ type: 'finding'; findingId: string } & FindingSide)

/**
 * A link end as a caller names it: an annotation, or the side of a finding in one article.
 * Main looks the finding up in the latest analysis; the caller never sends offsets or text.
 */
export type LinkEndRef =
  | { type: 'annotation'; id: string; article: ArticleId }
  | { type: 'finding'; findingId: string; article: ArticleId }

/** A typed link between two passages in different (or the same) articles, shown at both ends. */
export type AnnotationLink = {
  id: string
  relation: LinkRelation
  from: LinkEnd
  to: LinkEnd
  created: string
  /** Set when the link mirrors a confirmed finding; un-confirming removes it. */
  finding?: string
}

/* ---------- Stories: one real-world event reported by several articles ---------- */

/**
 * The analyst's correction of the automatic stories. Edits name articles, never story ids, and
 * are replayed in order over every re-clustering, so they survive new articles arriving.
 * An article that no longer exists is skipped.
 */
export type StoryEdit = { id: string; at: string } & StoryEditInput

/** A story edit as the renderer asks for it. */
export type StoryEditInput =
  /** Moves an article into the story of `with`, or into a story of its own. */
  | { op: 'move'; article: ArticleId; with?: ArticleId }
  /** Merges the stories of two articles. */
  | { op: 'merge'; a: ArticleId; b: ArticleId }
  /** Takes these articles out of their stories into a new one. */
  | { op: 'split'; articles: ArticleId[] }
  /** Names the story that holds most of these articles. */
  | { op: 'rename'; articles: ArticleId[]; name: string }

export type Story = {
  /** `s-` and the smallest article id: stable while that article stays in the story. */
  id: string
  name: string
  /** Live article ids, sorted. */
  articles: ArticleId[]
  /** ISO dates of the first and last article with a date; empty when none has one. */
  from: string
  to: string
  /** True when the analyst renamed it. */
  renamed: boolean
  /** Claims the articles disagree on (the sidebar's mark), when counted. */
  conflicts?: number
}

/** One article on a story's timeline. */
export type TimelineEntry = Pick<
  ArticleMeta,
  'id' | 'title' | 'source' | 'date' | 'published' | 'updated' | 'importedAt'
>

/** A story opened in the story view: its timeline and its claim table. */
export type StoryDetail = { story: Story; timeline: TimelineEntry[]; table: ClaimTable }
