import type { LibraryQuery } from '../../../shared/contract'
import type { LibraryState } from '../hooks/useLibrary'
import { api } from '../api'
import { TagRename } from '../annotations/TagRename'

type Props = {
  lib: LibraryState
  /** Shows why a library-wide change (a tag rename) was refused. */
  onError: (message: string | null) => void
  onImport: () => void
  onImportFolder: () => void
  onPaste: () => void
}

const SORTS: [NonNullable<LibraryQuery['sort']> | '', string][] = [
  ['', 'Best match / newest'],
  ['date', 'Date'],
  ['title', 'Title'],
  ['source', 'Source'],
  ['imported', 'Imported']
]

/** Search, sort, filters and the ways in (import, folder, paste). */
export function LibraryToolbar({
  lib,
  onImport,
  onImportFolder,
  onPaste,
  onError
}: Props): React.JSX.Element {
  const { query, setQuery } = lib
  const set = (patch: Partial<LibraryQuery>): void => setQuery(clean({ ...query, ...patch }))
  const filtered = Boolean(query.tags?.length || query.source || query.dateFrom || query.dateTo)
  return (
    <div className="toolbar">
      <div className="toolbar-row">
        <button type="button" className="primary" onClick={onImport} data-testid="import-button">
          Import…
        </button>
        <button type="button" onClick={onImportFolder} data-testid="import-folder-button">
          Folder…
        </button>
        <button type="button" onClick={onPaste} data-testid="paste-button">
          Paste
        </button>
        <button
          type="button"
          aria-pressed={Boolean(query.trashed)}
          onClick={() => set({ trashed: !query.trashed || undefined })}
          data-testid="trash-toggle"
        >
          {query.trashed ? 'Library' : 'Trash'}
        </button>
      </div>
      <input
        type="search"
        placeholder="Search titles and text (“quotes” for a phrase)"
        aria-label="Search the library"
        value={lib.searchText}
        onChange={(e) => lib.setSearchText(e.target.value)}
        data-testid="search-input"
      />
      <div className="toolbar-row filters">
        <select
          aria-label="Sort by"
          value={query.sort ?? ''}
          onChange={(e) => set({ sort: (e.target.value || undefined) as LibraryQuery['sort'] })}
        >
          {SORTS.map(([v, label]) => (
            <option key={v} value={v}>
              {label}
            </option>
          ))}
        </select>
        <select
          aria-label="Filter by tag"
          value={query.tags?.[0] ?? ''}
          onChange={(e) => set({ tags: e.target.value ? [e.target.value] : undefined })}
          data-testid="tag-filter"
        >
          <option value="">All tags</option>
          {lib.tags.map((t) => (
            <option key={t.tag} value={t.tag}>
              {t.tag} ({t.count})
            </option>
          ))}
        </select>
        <select
          aria-label="Filter by source"
          value={query.source ?? ''}
          onChange={(e) => set({ source: e.target.value || undefined })}
          data-testid="source-filter"
        >
          <option value="">All sources</option>
          {lib.sources.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </div>
      {query.tags?.[0] && (
        <TagRename
          scope="library"
          tag={query.tags[0]}
          known={lib.tags}
          onRename={async (to) => {
            const r = await api.renameTag(query.tags?.[0] ?? '', to)
            onError(r.ok ? null : r.error.message)
            if (r.ok) set({ tags: [to.trim().replace(/\s+/g, ' ').toLowerCase()] })
          }}
        />
      )}
      <div className="toolbar-row filters">
        <label>
          From{' '}
          <input
            type="date"
            value={query.dateFrom ?? ''}
            onChange={(e) => set({ dateFrom: e.target.value || undefined })}
            data-testid="date-from"
          />
        </label>
        <label>
          To{' '}
          <input
            type="date"
            value={query.dateTo ?? ''}
            onChange={(e) => set({ dateTo: e.target.value || undefined })}
            data-testid="date-to"
          />
        </label>
        {filtered && (
          <button
            type="button"
            className="link"
            onClick={() =>
              set({ tags: undefined, source: undefined, dateFrom: undefined, dateTo: undefined })
            }
          >
            Clear filters
          </button>
        )}
      </div>
    </div>
  )
}

const clean = (q: LibraryQuery): LibraryQuery =>
  Object.fromEntries(Object.entries(q).filter(([, v]) => v !== undefined)) as LibraryQuery
