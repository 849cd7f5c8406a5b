import { useMemo, useState } from 'react'
import type { Annotation, Finding, LinkEnd } from '../../../shared/model'
import { AnnotationEditor } from './AnnotationEditor'
import { AnnotationList } from './AnnotationList'
import { filterAnnotations, noFilter, type AnnotationFilter } from './filter'
import { PaletteEditor } from './PaletteEditor'
import { TagRename } from './TagRename'
import type { AnnotationsApi } from './useAnnotations'

type Props = {
  notes: AnnotationsApi
  selected: { id: string; focus: 'note' | 'tag' | null } | null
  onSelect: (a: Annotation | null) => void
  onFollow: (end: LinkEnd) => void
  findings: Finding[]
  /** How many articles are open (the list names each annotation's article when several are). */
  openCount: number
}

/**
 * The annotations of the open articles (or of the whole library): colours and their meanings,
 * filters by colour, tag, grade and text, the ones that need attention after a re-import, the
 * selected annotation's editor, the list itself (virtualised), the trash and re-import.
 */
export function AnnotationSidebar(p: Props): React.JSX.Element {
  const { notes } = p
  const [filter, setFilter] = useState<AnnotationFilter>(noFilter)
  const [showTrash, setShowTrash] = useState(false)
  const set = (patch: Partial<AnnotationFilter>): void => setFilter((f) => ({ ...f, ...patch }))
  const listed = useMemo(
    () => filterAnnotations(notes.annotations, filter),
    [notes.annotations, filter]
  )
  const orphans = useMemo(
    () => notes.annotations.filter((a) => a.anchor.status === 'orphan'),
    [notes.annotations]
  )
  const counts = useMemo(() => {
    const m = new Map<string, number>()
    for (const a of notes.annotations) m.set(a.body.color, (m.get(a.body.color) ?? 0) + 1)
    return m
  }, [notes.annotations])
  const current = p.selected ? notes.byId.get(p.selected.id) : undefined
  return (
    <section className="ann-side" aria-label="Annotations" data-testid="annotation-sidebar">
      <div className="ann-scope" role="group" aria-label="Which annotations">
        <button
          type="button"
          aria-pressed={notes.scope === 'open' && !showTrash}
          onClick={() => (notes.setScope('open'), setShowTrash(false))}
        >
          Open articles
        </button>
        <button
          type="button"
          aria-pressed={notes.scope === 'all' && !showTrash}
          onClick={() => (notes.setScope('all'), setShowTrash(false))}
          data-testid="scope-all"
        >
          Whole library
        </button>
        <button
          type="button"
          aria-pressed={showTrash}
          onClick={() => setShowTrash((t) => !t)}
          data-testid="annotation-trash-toggle"
        >
          Trash ({notes.trash.length})
        </button>
      </div>
      {notes.error && (
        <p className="error" role="alert">
          {notes.error}{' '}
          <button type="button" className="link" onClick={notes.clearError}>
            Dismiss
          </button>
        </p>
      )}
      {current && !showTrash && (
        <AnnotationEditor
          key={current.id}
          annotation={current}
          notes={notes}
          focus={p.selected?.focus ?? null}
          findings={p.findings}
          onFollow={p.onFollow}
          onClose={() => p.onSelect(null)}
        />
      )}
      {showTrash ? (
        <AnnotationList
          items={notes.trash}
          selectedId={null}
          titles={notes.titles}
          showArticle
          onSelect={() => undefined}
          onRestore={(a) => void notes.restore(a)}
          label="Annotation trash"
        />
      ) : (
        <>
          <PaletteEditor
            palette={notes.palette}
            counts={counts}
            active={filter.color}
            onFilter={(color) => set({ color })}
            onRename={(id, name) => void notes.renameColor(id, name)}
            onRecolor={(id, color) => void notes.recolor(id, color)}
          />
          <div className="ann-filters">
            <input
              type="search"
              placeholder="Filter annotations"
              aria-label="Filter annotations by text"
              value={filter.text}
              onChange={(e) => set({ text: e.target.value })}
              data-testid="annotation-filter"
            />
            <select
              aria-label="Filter by tag"
              value={filter.tag}
              onChange={(e) => set({ tag: e.target.value })}
              data-testid="annotation-tag-filter"
            >
              <option value="">Any tag</option>
              {notes.tags.map((t) => (
                <option key={t.tag} value={t.tag}>
                  {t.tag} ({t.count})
                </option>
              ))}
            </select>
            <input
              className="grade-filter"
              placeholder="Grade"
              aria-label="Filter by grade, e.g. B2, B or 2"
              maxLength={2}
              value={filter.grade}
              onChange={(e) => set({ grade: e.target.value })}
              data-testid="annotation-grade-filter"
            />
          </div>
          {filter.tag && (
            <TagRename
              tag={filter.tag}
              known={notes.tags}
              onRename={async (to) => (await notes.renameTag(filter.tag, to), set({ tag: to }))}
            />
          )}
          {orphans.length > 0 && (
            <div className="needs-attention" data-testid="needs-attention">
              <h4>Needs attention ({orphans.length})</h4>
              <p className="muted">
                These could not be placed on the new text. Their quotes are kept.
              </p>
              <ul>
                {orphans.map((a) => (
                  <li key={a.id}>
                    <button
                      type="button"
                      className="link"
                      onClick={() => p.onSelect(a)}
                      data-testid="orphan-item"
                    >
                      “{a.target.selector[0].exact}”
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <p className="ann-count muted" data-testid="annotation-count">
            {notes.loading ? (
              <>
                <progress aria-label="Loading annotations" /> Loading annotations…
              </>
            ) : listed.length === notes.annotations.length ? (
              `${listed.length} annotations`
            ) : (
              `${listed.length} of ${notes.annotations.length} annotations`
            )}
          </p>
          <AnnotationList
            items={listed}
            selectedId={p.selected?.id ?? null}
            titles={notes.titles}
            showArticle={notes.scope === 'all' || p.openCount > 1}
            onSelect={p.onSelect}
            label="Annotations"
          />
        </>
      )}
    </section>
  )
}
