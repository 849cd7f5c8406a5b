import { useEffect, useState } from 'react'
import type { TagCount } from '../../../shared/model'
import { api } from '../api'
import { formatDate } from '../format'
import { useResult } from '../hooks/useResult'
import { MetaEditor } from './MetaEditor'
import { TagEditor } from './TagEditor'

type Props = {
  id: string
  knownTags: TagCount[]
  onTrash: (id: string, title: string) => void
  version: number
}

/** One article in reading typography: title, source, date, tags, paragraphs. */
export function ArticleView({ id, knownTags, onTrash, version }: Props): React.JSX.Element {
  const [article, reload] = useResult(() => api.openArticle(id), id)
  // Refresh in place (no "Opening…" flash) when main reports a library change.
  useEffect(reload, [version, reload])
  const [editing, setEditing] = useState(false)
  const [error, setError] = useState<string | null>(null)
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
              {[a.source, a.author, formatDate(a.date), `${a.wordCount.toLocaleString('en')} words`]
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
          <button type="button" onClick={() => onTrash(a.id, a.title)} data-testid="trash-article">
            Move to Trash
          </button>
        </div>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
      </header>
      {a.paragraphs
        .filter((p, i) => i > 0 || !sameHeadline(p.text, a.title))
        .map((p) => (
          <p key={p.start} data-testid="paragraph" data-start={p.start} data-end={p.end}>
            {p.text}
          </p>
        ))}
    </article>
  )
}

/** The stored text keeps its headline line; the reader shows it once, as the title. */
const sameHeadline = (paragraph: string, title: string): boolean =>
  paragraph.replace(/[.\s]+$/, '') === title.replace(/[.\s]+$/, '')
