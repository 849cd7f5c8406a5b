import type { Annotations } from '../annotations/annotations'
import type { Links } from '../annotations/links'
import type { LibraryData } from '../library-schema'
import type { StoreLike } from '../store'
import type { TextStore } from '../text-store'
import type { ExportSource } from './exporter'

/**
 * What an export reads from a library: live articles, their texts, annotations, links, the
 * decisions touching them and the palette. One definition for the app and the read-only CLI.
 */
export function librarySources(o: {
  store: StoreLike<LibraryData>
  texts: TextStore
  annotations: Annotations
  links: Links
}): ExportSource {
  const { store, texts, annotations, links } = o
  return {
    articles: () => store.data.articles.filter((a) => !a.deletedAt),
    text: (id) => texts.read(id),
    annotations: (ids, trashed) => annotations.list(ids, trashed),
    links: (ids) => links.list(ids),
    decisions: (ids) =>
      Object.values(store.data.decisions).filter(
        (d) => ids.includes(d.a.article) || ids.includes(d.b.article)
      ),
    palette: () => store.data.palette
  }
}
