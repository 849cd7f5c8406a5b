import { useEffect, useMemo, useRef, useState } from 'react'
import type { TagCount } from '../../../shared/model'
import { api } from '../api'
import { whenText } from '../../../shared/published'
import { useResult } from '../hooks/useResult'
import { GradePicker } from '../annotations/GradePicker'
import { Reimport } from '../annotations/Reimport'
import { useAnnotationWorkspace } from '../annotations/useAnnotationWorkspace'
import { MetaEditor } from './MetaEditor'
import { TagEditor } from './TagEditor'
import { TextMap } from '../compare/text-ranges'

type Props = {
  id: string
  knownTags: TagCount[]
  onTrash: (id: string, title: string) => void
  version: number
  /** Opens another article (following an annotation link into it). */
  onOpenArticle?: (id: string) => void
}

/** One article in reading typography: title, source, date, tags, paragraphs. */
export function ArticleView(p: Props): React.JSX.Element {
  const { id, knownTags, onTrash, version } = p
  const [article, reload] = useResult(() => api.openArticle(id), id)
  // Refresh in place (no "Opening…" flash) when main reports a library change.
  useEffect(reload, [version, reload])
  const [editing, setEditing] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const layout = useRef<HTMLDivElement>(null)
  const ready = article.state === 'ready' ? article.value : null
  const open = useMemo(() => (ready ? [ready] : []), [ready])
  const notes = useAnnotationWorkspace({
    ids: [id],
    articles: open,
    container: layout,
    layoutKey: ready?.contentHash ?? '',
    onOpenArticle: p.onOpenArticle
  })
  if (article.state === 'loading') return <p className="status">Opening…</p>
  if (article.state === 'error')
    return (
      <div className="status error" role="alert">
        <p>This article could not be opened: {article.message}</p>
        <button type="button" onClick={reload}>
          Try again
        </button>
      </div>
    )
  const a = article.value
  const setTags = async (tags: string[]): Promise<void> => {
    const r = await api.setArticleTags(a.id, tags)
    setError(r.ok ? null : r.error.message)
  }
  return (
    <div className="article-layout" ref={layout}>
      <div className="article-scroll" data-annotation-scroll>
        <article
          className="article"
          data-testid="article-view"
          data-article-id={a.id}
          lang={a.language || undefined}
        >
          <header>
            {editing ? (
              <MetaEditor
                article={a}
                onClose={() => setEditing(false)}
                onSave={async (patch) => {
                  const r = await api.updateArticle(a.id, patch)
                  return r.ok ? null : r.error.message
                }}
              />
            ) : (
              <>
                <h2 data-testid="article-title">{a.title}</h2>
                <p className="byline">
                  {[a.source, a.author, whenText(a), `${a.wordCount.toLocaleString('en')} words`]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
              </>
            )}
            {a.nearDuplicateOf && (
              <p className="badge warn">Near-duplicate of an article already in the library</p>
            )}
            <div className="article-actions">
              <TagEditor tags={a.tags} known={knownTags} onChange={setTags} />
              {!editing && (
                <button type="button" onClick={() => setEditing(true)} data-testid="edit-meta">
                  Edit details
                </button>
              )}
              <button
                type="button"
                onClick={() => onTrash(a.id, a.title)}
                data-testid="trash-article"
              >
                Move to Trash
              </button>
              <Reimport article={a} onReplaced={reload} />
              <GradePicker
                of="source"
                grade={a.grade}
                onChange={(g) => notes.notes.gradeArticle(a.id, g, a.grade ?? null)}
              />
            </div>
            {error && (
              <p className="error" role="alert">
                {error}
              </p>
            )}
          </header>
          <div
            data-annotatable
            data-article-id={a.id}
            onClick={(e) => {
              const hit = TextMap.offsetAt(e.clientX, e.clientY)
              if (hit && !window.getSelection()?.toString()) notes.selectAt(a.id, hit.offset)
            }}
          >
            {a.paragraphs
              .filter((para, i) => i > 0 || !sameHeadline(para.text, a.title))
              .map((para) => (
                <p
                  key={para.start}
                  data-testid="paragraph"
                  data-start={para.start}
                  data-end={para.end}
                >
                  {para.text}
                </p>
              ))}
          </div>
        </article>
      </div>
      <aside className="article-side">
        {notes.undoBar}
        {notes.sidebar}
      </aside>
      {notes.toolbar}
    </div>
  )
}

/** The stored text keeps its headline line; the reader shows it once, as the title. */
const sameHeadline = (paragraph: string, title: string): boolean =>
  paragraph.replace(/[.\s]+$/, '') === title.replace(/[.\s]+$/, '')
