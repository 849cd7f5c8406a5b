import type { ArticleId, ArticleMeta, TagCount } from '../../shared/model'
import { err, type Result } from '../../shared/result'
import type { LibraryData } from './library-schema'
import type { StoreLike } from './store'

/** Tags are compared and stored lower-case, trimmed, with inner whitespace collapsed. */
export function normaliseTag(raw: string): string {
  const tag = raw.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase()
  if (!tag) throw new Error('A tag cannot be empty.')
  if (tag.length > 64) throw new Error('A tag can be at most 64 characters long.')
  return tag
}

/** Unique normalised tags in first-seen order. Throws on an empty or over-long tag. */
export const normaliseTags = (raw: readonly string[]): string[] => [
  ...new Set(raw.map(normaliseTag))
]

/**
 * Renames `from` to `to` on every article. When an article already has `to`, the two merge,
 * so renaming onto an existing tag is how tags are merged. Returns how many articles changed.
 */
export function renameTagIn(articles: ArticleMeta[], from: string, to: string): number {
  let changed = 0
  for (const a of articles) {
    if (!a.tags.includes(from)) continue
    a.tags = [...new Set(a.tags.map((t) => (t === from ? to : t)))]
    changed++
  }
  return changed
}

/** Every tag on a live article, most used first. */
export function countTags(articles: readonly ArticleMeta[]): TagCount[] {
  const counts = new Map<string, number>()
  for (const a of articles)
    if (!a.deletedAt) for (const t of a.tags) counts.set(t, (counts.get(t) ?? 0) + 1)
  return [...counts]
    .map(([tag, count]) => ({ tag, count }))
    .sort((x, y) => y.count - x.count || x.tag.localeCompare(y.tag))
}

/** Article tags: set per article, renamed or merged across the whole library. */
export class ArticleTags {
  constructor(private readonly store: StoreLike<LibraryData>) {}

  list(): TagCount[] {
    return countTags(this.store.data.articles)
  }

  async set(id: ArticleId, raw: string[]): Promise<Result<string[]>> {
    if (!this.store.data.articles.some((a) => a.id === id))
      return err('not-found', `No article with id ${id} is in the library.`)
    let tags: string[]
    try {
      tags = normaliseTags(raw)
    } catch (e) {
      return err('invalid-argument', (e as Error).message)
    }
    return this.store.update((d) => {
      const row = d.articles.find((a) => a.id === id) as ArticleMeta
      row.tags = tags
      return tags
    }, 'the tags')
  }

  /** Renames a tag everywhere; renaming onto an existing tag merges the two. */
  async rename(fromRaw: string, toRaw: string): Promise<Result<number>> {
    let from: string, to: string
    try {
      ;[from, to] = [normaliseTag(fromRaw), normaliseTag(toRaw)]
    } catch (e) {
      return err('invalid-argument', (e as Error).message)
    }
    if (!this.store.data.articles.some((a) => a.tags.includes(from)))
      return err('not-found', `No article is tagged "${from}".`)
    return this.store.update((d) => renameTagIn(d.articles, from, to), 'the tag rename')
  }
}
