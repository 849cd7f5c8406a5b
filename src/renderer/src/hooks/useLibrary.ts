import { useEffect, useState } from 'react'
import type { LibraryQuery } from '../../../shared/contract'
import type { ArticleSummary, TagCount } from '../../../shared/model'
import { api } from '../api'
import { useChanges } from './useChanges'
import { useResult, type Loadable } from './useResult'

export type LibraryState = {
  query: LibraryQuery
  setQuery: (q: LibraryQuery) => void
  searchText: string
  setSearchText: (s: string) => void
  rows: Loadable<ArticleSummary[]>
  tags: TagCount[]
  sources: string[]
  reload: () => void
  /** Bumped whenever main reports a change, so open views can refresh. */
  revision: number
}

/** The library list with its query, kept fresh whenever main says the library changed. */
export function useLibrary(): LibraryState {
  const [query, setQuery] = useState<LibraryQuery>({})
  const [searchText, setSearchText] = useState('')
  // Typing should not fire a search per keystroke; 120 ms still feels instant.
  useEffect(() => {
    const t = setTimeout(
      () =>
        setQuery((q) =>
          q.search === (searchText || undefined) ? q : { ...q, search: searchText || undefined }
        ),
      120
    )
    return () => clearTimeout(t)
  }, [searchText])
  const [rows, reload] = useResult(() => api.listArticles(query), JSON.stringify(query))
  const [tags, reloadTags] = useResult(() => api.listTags(), 'tags')
  const [sources, reloadSources] = useResult(() => api.listSources(), 'sources')
  const [revision, setRevision] = useState(0)
  useEffect(
    () =>
      api.on('library:changed', () => {
        setRevision((n) => n + 1)
        reload()
        reloadTags()
        reloadSources()
      }),
    [reload, reloadTags, reloadSources]
  )
  // Annotation marks in the rows change without the library changing: refresh the rows only.
  useChanges('all', reload)
  // A finished analysis changes the findings marks.
  useEffect(() => api.on('analysis:progress', (p) => p.stage === 'done' && reload()), [reload])
  return {
    query,
    setQuery,
    searchText,
    setSearchText,
    rows,
    tags: tags.state === 'ready' ? tags.value : [],
    sources: sources.state === 'ready' ? sources.value : [],
    reload,
    revision
  }
}
