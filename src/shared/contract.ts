import type { AppInfo, Article, ArticleId, ArticleSummary } from './model'
import type { Result } from './result'

/** How the library list is filtered and ordered. Every field is optional. */
export type LibraryQuery = {
  sort?: 'date' | 'title' | 'source' | 'imported'
  descending?: boolean
}

/** Everything the renderer may ask of the main process. Main validates every argument. */
export interface ParallaxApi {
  appInfo(): Promise<Result<AppInfo>>
  listArticles(query?: LibraryQuery): Promise<Result<ArticleSummary[]>>
  openArticle(id: ArticleId): Promise<Result<Article>>
}

export type ApiMethod = keyof ParallaxApi

/** IPC channel (Electron) and URL segment (browser host, `POST /api/<channel>`) per method. */
export const channels = {
  appInfo: 'app:info',
  listArticles: 'articles:list',
  openArticle: 'articles:open'
} as const satisfies Record<ApiMethod, string>

export type Channel = (typeof channels)[ApiMethod]

/** Payloads pushed from main to the renderer, keyed by `domain:event`. */
export type ParallaxEvents = {
  'library:changed': { count: number }
}

export type EventName = keyof ParallaxEvents

export const eventNames = ['library:changed'] as const satisfies readonly EventName[]

/** What the preload (or the HTTP client) exposes: the API plus event subscription. */
export type ParallaxBridge = ParallaxApi & {
  /** Subscribes to a pushed event; returns the function that unsubscribes. */
  on<E extends EventName>(event: E, listener: (payload: ParallaxEvents[E]) => void): () => void
}

export const methodForChannel = (channel: string): ApiMethod | undefined =>
  (Object.keys(channels) as ApiMethod[]).find((m) => channels[m] === channel)
