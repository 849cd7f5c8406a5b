import type {
  AppInfo,
  Article,
  ArticleId,
  ArticlePatch,
  ArticleSummary,
  DecisionStatus,
  Finding,
  FindingDecision,
  ImportResult,
  ReaderPrefs,
  TagCount
} from './model'
import type { Result } from './result'

/** How the library list is filtered and ordered. Every field is optional. */
export type LibraryQuery = {
  /** Without a sort, search results come in relevance order and other lists newest date first. */
  sort?: 'date' | 'title' | 'source' | 'imported'
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

/** A file to import: its bytes, a file the user chose in the native dialog, or pasted text. */
export type ImportSource =
  { name: string; data: Uint8Array } | { handle: string } | { pasted: string }

/** A file the user picked in the native dialog (Electron only). */
export type ChosenFile = { handle: string; name: string; size: number }

/** Everything the renderer may ask of the main process. Main validates every argument. */
export interface ParallaxApi {
  appInfo(): Promise<Result<AppInfo>>
  listArticles(query?: LibraryQuery): Promise<Result<ArticleSummary[]>>
  openArticle(id: ArticleId): Promise<Result<Article>>
  importArticle(source: ImportSource): Promise<Result<ImportResult>>
  /** Opens the native file dialog. The browser host answers `unsupported-format`. */
  chooseImportFiles(): Promise<Result<ChosenFile[]>>
  updateArticle(id: ArticleId, patch: ArticlePatch): Promise<Result<ArticleSummary>>
  setArticleTags(id: ArticleId, tags: string[]): Promise<Result<string[]>>
  listTags(): Promise<Result<TagCount[]>>
  /** Renames a tag library-wide; renaming onto an existing tag merges them. */
  renameTag(from: string, to: string): Promise<Result<number>>
  listSources(): Promise<Result<string[]>>
  trashArticles(ids: ArticleId[]): Promise<Result<number>>
  restoreArticles(ids: ArticleId[]): Promise<Result<number>>
  emptyTrash(): Promise<Result<number>>
  /** Every finding between the given articles (overlap, duplicate, paraphrase, contradiction). */
  analyze(ids: ArticleId[]): Promise<Result<Finding[]>>
  /** Decisions on findings that touch any of these articles. */
  listDecisions(ids: ArticleId[]): Promise<Result<FindingDecision[]>>
  /** Confirms, dismisses (with an optional reason) or comments on a finding. */
  decideFinding(finding: Finding, decision: DecisionInput): Promise<Result<FindingDecision>>
  /** Forgets the decision on a finding (undo). */
  clearDecision(findingId: string): Promise<Result<boolean>>
  getPrefs(): Promise<Result<ReaderPrefs>>
  setPrefs(patch: Partial<ReaderPrefs>): Promise<Result<ReaderPrefs>>
}

/** The analyst's verdict on a finding, as sent from the reader. */
export type DecisionInput = { status: DecisionStatus; reason?: string; comment?: string }

export type ApiMethod = keyof ParallaxApi

/** IPC channel (Electron) and URL segment (browser host, `POST /api/<channel>`) per method. */
export const channels = {
  appInfo: 'app:info',
  listArticles: 'articles:list',
  openArticle: 'articles:open',
  importArticle: 'articles:import',
  chooseImportFiles: 'articles:choose-files',
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
  setPrefs: 'prefs:set'
} as const satisfies Record<ApiMethod, string>

export type Channel = (typeof channels)[ApiMethod]

/** Channels whose request may carry a whole file (20 MB of text, base64 over HTTP). */
export const largeBodyChannels: readonly Channel[] = [channels.importArticle]

/** Payloads pushed from main to the renderer, keyed by `domain:event`. */
export type ParallaxEvents = {
  'library:changed': { count: number }
  /** Analysis progress: `done` of `total` documents at each stage. */
  'analysis:progress': { stage: 'reading' | 'analysing' | 'done'; done: number; total: number }
}

export type EventName = keyof ParallaxEvents

export const eventNames = [
  'library:changed',
  'analysis:progress'
] as const satisfies readonly EventName[]

/** What the preload (or the HTTP client) exposes: the API plus event subscription. */
export type ParallaxBridge = ParallaxApi & {
  /** Subscribes to a pushed event; returns the function that unsubscribes. */
  on<E extends EventName>(event: E, listener: (payload: ParallaxEvents[E]) => void): () => void
}

export const methodForChannel = (channel: string): ApiMethod | undefined =>
  (Object.keys(channels) as ApiMethod[]).find((m) => channels[m] === channel)
