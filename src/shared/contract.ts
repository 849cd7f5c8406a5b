import type {
  Annotation,
  AnnotationLink,
  AppInfo,
  Article,
  ArticleId,
  ArticlePatch,
  ArticleSummary,
  DecisionStatus,
  Finding,
  FindingDecision,
  Grade,
  ImportResult,
  LinkEndRef,
  LinkRelation,
  PaletteColor,
  ReaderPrefs,
  Story,
  StoryDetail,
  StoryEditInput,
  TagCount
} from './model'
import type { Result } from './result'
import type { TeamSyncStatus } from './team-status'
import type {
  BRIEFING_GROUPINGS,
  ANALYSIS_SCOPES,
  BRIEFING_SECTIONS,
  EXPORT_FORMATS,
  LIBRARY_SORTS,
  PAPER_SIZES
} from './vocabulary'

/** How the library list is filtered and ordered. Every field is optional. */
export type LibraryQuery = {
  /** Without a sort, search results come in relevance order and other lists newest date first. */
  sort?: LibrarySort
  descending?: boolean
  /** Full-text search over titles and bodies: prefix and fuzzy; "quoted phrases" are exact. */
  search?: string
  /** Articles carrying every one of these tags. */
  tags?: string[]
  source?: string
  /** Inclusive ISO date bounds (YYYY-MM-DD). Articles without a date are left out. */
  dateFrom?: string
  dateTo?: string
  /** List the Trash instead of the library. */
  trashed?: boolean
}

/** A file to import: its name and bytes, or pasted text. */
export type ImportSource = { name: string; data: Uint8Array } | { pasted: string }

/** Everything the renderer may ask of the main process. Main validates every argument. */
export interface ParallaxApi {
  appInfo(): Promise<Result<AppInfo>>
  listArticles(query?: LibraryQuery): Promise<Result<ArticleSummary[]>>
  openArticle(id: ArticleId): Promise<Result<Article>>
  importArticle(source: ImportSource): Promise<Result<ImportResult>>
  updateArticle(id: ArticleId, patch: ArticlePatch): Promise<Result<ArticleSummary>>
  setArticleTags(id: ArticleId, tags: string[]): Promise<Result<string[]>>
  listTags(): Promise<Result<TagCount[]>>
  /** Renames a tag library-wide; renaming onto an existing tag merges them. */
  renameTag(from: string, to: string): Promise<Result<number>>
  listSources(): Promise<Result<string[]>>
  trashArticles(ids: ArticleId[]): Promise<Result<number>>
  restoreArticles(ids: ArticleId[]): Promise<Result<number>>
  emptyTrash(): Promise<Result<number>>
  /**
   * The findings between the given articles (overlap, duplicate, paraphrase, contradiction).
   * Articles of different stories are compared only when `scope` is 'all-pairs'.
   */
  analyze(ids: ArticleId[], scope?: AnalysisScope): Promise<Result<Finding[]>>
  /** Decisions on findings that touch any of these articles. */
  listDecisions(ids: ArticleId[]): Promise<Result<FindingDecision[]>>
  /**
   * Confirms, dismisses (with an optional reason) or comments on a finding of the analysis of
   * `articles`, named by its id: main looks the finding up, so a caller cannot plant one.
   */
  decideFinding(
    findingId: string,
    articles: ArticleId[],
    decision: DecisionInput
  ): Promise<Result<FindingDecision>>
  /** Forgets the decision on a finding (undo). */
  clearDecision(findingId: string): Promise<Result<boolean>>
  getPrefs(): Promise<Result<ReaderPrefs>>
  setPrefs(patch: Partial<ReaderPrefs>): Promise<Result<ReaderPrefs>>
  /** Annotations on these articles, or on the whole library; `trashed` lists the trash. */
  listAnnotations(articles: ArticleId[] | 'all', trashed?: boolean): Promise<Result<Annotation[]>>
  createAnnotation(a: NewAnnotation): Promise<Result<Annotation>>
  updateAnnotation(
    article: ArticleId,
    id: string,
    patch: AnnotationPatch
  ): Promise<Result<Annotation>>
  trashAnnotation(article: ArticleId, id: string): Promise<Result<Annotation>>
  restoreAnnotation(article: ArticleId, id: string): Promise<Result<Annotation>>
  /** Renames an annotation tag everywhere; onto an existing tag, merges them. */
  renameAnnotationTag(from: string, to: string): Promise<Result<number>>
  /** Every tag in the library (articles and annotations), most used first, for autocomplete. */
  listAllTags(): Promise<Result<TagCount[]>>
  getPalette(): Promise<Result<PaletteColor[]>>
  renameColor(id: string, name: string): Promise<Result<PaletteColor[]>>
  /** Changes what a palette colour looks like (#rrggbb): every highlight and swatch of it follows. */
  recolor(id: string, color: string): Promise<Result<PaletteColor[]>>
  /** Grades a source (article); null clears it. */
  setArticleGrade(id: ArticleId, grade: Grade | null): Promise<Result<ArticleSummary>>
  listLinks(articles: ArticleId[]): Promise<Result<AnnotationLink[]>>
  /** Links two passages; a finding end names a finding of a recent analysis by id. */
  createLink(
    relation: LinkRelation,
    from: LinkEndRef,
    to: LinkEndRef
  ): Promise<Result<AnnotationLink>>
  deleteLink(id: string): Promise<Result<boolean>>
  /** Replaces an article's text with an edited version and re-anchors its annotations. */
  reimportArticle(id: ArticleId, source: ImportSource): Promise<Result<ReimportReport>>
  /** The briefing as self-contained HTML, for the composer's live preview. */
  previewBriefing(spec: BriefingSpec): Promise<Result<string>>
  /** The briefing (or bundle) in one format, as a file the renderer can download. */
  exportBriefing(spec: BriefingSpec, format: ExportFormat): Promise<Result<ExportFile>>
  /**
   * Exports and writes through the native save dialog (Electron). The browser host answers
   * `unsupported-format` (download instead); a dismissed dialog answers `cancelled`.
   */
  saveBriefing(spec: BriefingSpec, format: ExportFormat): Promise<Result<string>>
  /** The library's stories (events), with the analyst's edits applied. */
  listStories(): Promise<Result<Story[]>>
  /**
   * Moves, merges, splits or renames; returns the stories after the edit. `id` (a UUID the
   * caller chose, so it can take this very edit back) is refused when an edit already has it.
   */
  editStory(edit: StoryEditInput, id?: string): Promise<Result<Story[]>>
  /** One story: timeline and claim table. */
  openStory(id: string): Promise<Result<StoryDetail>>
  /**
   * Takes back the story edit with this id, or the latest one when no id is given; the edits
   * made after it stay. Fails with `not-found` when there is no such edit.
   */
  undoStoryEdit(id?: string): Promise<Result<Story[]>>
  /** How a team library stands with its server (for the status chip); `solo` otherwise. */
  teamStatus(): Promise<Result<TeamSyncStatus>>
  /**
   * Turns this solo library into a team library, once, keeping every id; `user` is the
   * analyst's name in the team. From then on the team documents are the library.
   */
  shareLibrary(user: string, name?: string): Promise<Result<ShareReport>>
}

/** What "Share this library" converted. */
export type ShareReport = {
  /** automerge: URL of the team library document. */
  url: string
  articles: number
  annotations: number
  links: number
  decisions: number
  /** Where the solo files were moved, untouched. */
  backup: string
}

/** A new annotation over [start, end) of an article's stored text. */
export type NewAnnotation = {
  article: ArticleId
  start: number
  end: number
  color: string
  tags?: string[]
  note?: string
  grade?: Grade
}

/** What may change on an annotation; `grade: null` removes the grade. */
export type AnnotationPatch = {
  color?: string
  tags?: string[]
  note?: string
  grade?: Grade | null
}

/**
 * What happened to the annotations when an article's text was replaced, and how many sides of
 * decided or linked findings could not be placed (they keep their quote and wait, as orphans).
 */
export type ReimportReport = {
  exact: number
  fuzzy: number
  orphans: number
  findingOrphans: number
}

/* ---------- Briefing export ---------- */

/** The parts of a briefing, in the order the analyst arranged them. */
export type BriefingSection = (typeof BRIEFING_SECTIONS)[number]
/** Which articles an analysis sets against each other (see ANALYSIS_SCOPES). */
export type AnalysisScope = (typeof ANALYSIS_SCOPES)[number]
export type ExportFormat = (typeof EXPORT_FORMATS)[number]
export type PaperSize = (typeof PAPER_SIZES)[number]
export type LibrarySort = (typeof LIBRARY_SORTS)[number]

/** Which annotations go in: each non-empty list narrows (any of its values matches). */
export type AnnotationChoice = {
  tags: string[]
  /** Palette colour ids. */
  colors: string[]
  /** Displayed grades ("B2", "C", "3"), or "ungraded". */
  grades: string[]
  /** Annotation ids the analyst unticked by hand. */
  excluded: string[]
}

/** What the composer sends: everything needed to build the same briefing in every format. */
export type BriefingSpec = {
  title: string
  author: string
  /** Classification or handling marking shown in the header and footer; empty for none. */
  marking: string
  /** The articles it covers; empty means every live article. */
  articles: ArticleId[]
  annotations: AnnotationChoice
  /** Whether confirmed findings go into "agree" and "disagree". */
  includeFindings: boolean
  groupBy: (typeof BRIEFING_GROUPINGS)[number]
  sections: BriefingSection[]
  /** Executive summary in Markdown. */
  summary: string
  paper: PaperSize
}

/** An exported file: text formats travel as UTF-8, PDF and DOCX as base64. */
export type ExportFile = { name: string; mime: string; encoding: 'utf8' | 'base64'; data: string }

/** The analyst's verdict on a finding, as sent from the reader. */
export type DecisionInput = { status: DecisionStatus; reason?: string; comment?: string }

export type ApiMethod = keyof ParallaxApi

/** IPC channel (Electron) and URL segment (browser host, `POST /api/<channel>`) per method. */
export const channels = {
  appInfo: 'app:info',
  listArticles: 'articles:list',
  openArticle: 'articles:open',
  importArticle: 'articles:import',
  updateArticle: 'articles:update',
  setArticleTags: 'articles:set-tags',
  listTags: 'tags:list',
  renameTag: 'tags:rename',
  listSources: 'sources:list',
  trashArticles: 'articles:trash',
  restoreArticles: 'articles:restore',
  emptyTrash: 'trash:empty',
  analyze: 'analysis:run',
  listDecisions: 'decisions:list',
  decideFinding: 'decisions:set',
  clearDecision: 'decisions:clear',
  getPrefs: 'prefs:get',
  setPrefs: 'prefs:set',
  listAnnotations: 'annotations:list',
  createAnnotation: 'annotations:create',
  updateAnnotation: 'annotations:update',
  trashAnnotation: 'annotations:trash',
  restoreAnnotation: 'annotations:restore',
  renameAnnotationTag: 'annotations:rename-tag',
  listAllTags: 'tags:all',
  getPalette: 'palette:get',
  renameColor: 'palette:rename',
  recolor: 'palette:recolor',
  setArticleGrade: 'articles:grade',
  listLinks: 'links:list',
  createLink: 'links:create',
  deleteLink: 'links:delete',
  reimportArticle: 'articles:reimport',
  previewBriefing: 'briefing:preview',
  exportBriefing: 'briefing:export',
  saveBriefing: 'briefing:save',
  listStories: 'stories:list',
  editStory: 'stories:edit',
  undoStoryEdit: 'stories:undo',
  openStory: 'stories:open',
  teamStatus: 'team:status',
  shareLibrary: 'team:share'
} as const satisfies Record<ApiMethod, string>

export type Channel = (typeof channels)[ApiMethod]

/** Channels whose request may carry a whole file (20 MB of text, base64 over HTTP). */
export const largeBodyChannels: readonly Channel[] = [
  channels.importArticle,
  channels.reimportArticle
]

/** Payloads pushed from main to the renderer, keyed by `domain:event`. */
export type ParallaxEvents = {
  'library:changed': { count: number }
  /**
   * Annotations, links or the palette changed: sent after every such write, whichever window,
   * tab or undo made it, naming the articles touched ('all' when a write spans the library).
   */
  'annotations:changed': { articles: ArticleId[] | 'all' }
  /** Analysis progress: `done` of `total` documents at each stage. */
  'analysis:progress': { stage: 'reading' | 'analysing' | 'done'; done: number; total: number }
  /** A team library's sync status changed (synced, syncing, offline, changes waiting). */
  'team:status': TeamSyncStatus
}

export type EventName = keyof ParallaxEvents

// A record, not a list: the compiler refuses one that misses an event, so the preload's `on`
// can never meet an event it does not know.
const eventSet: Record<EventName, true> = {
  'library:changed': true,
  'annotations:changed': true,
  'analysis:progress': true,
  'team:status': true
}

/** Every event main pushes, for the transports that subscribe by name. */
export const eventNames = Object.keys(eventSet) as EventName[]

/** What the preload (or the HTTP client) exposes: the API plus event subscription. */
export type ParallaxBridge = ParallaxApi & {
  /** Subscribes to a pushed event; returns the function that unsubscribes. */
  on<E extends EventName>(event: E, listener: (payload: ParallaxEvents[E]) => void): () => void
}

export const methodForChannel = (channel: string): ApiMethod | undefined =>
  (Object.keys(channels) as ApiMethod[]).find((m) => channels[m] === channel)
