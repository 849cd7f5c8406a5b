import { api } from '../api'
import { formatDate } from '../format'
import { useResult } from '../hooks/useResult'

/** One article in reading typography: title, source, date, paragraphs. */
export function ArticleView({ id }: { id: string }): React.JSX.Element {
  const [article, reload] = useResult(() => api.openArticle(id), id)
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
  return (
    <article className="article" data-testid="article-view" data-article-id={a.id} lang={a.language || undefined}>
      <header>
        <h2 data-testid="article-title">{a.title}</h2>
        <p className="byline">
          {[a.source, a.author, formatDate(a.date), `${a.wordCount.toLocaleString('en')} words`]
            .filter(Boolean)
            .join(' · ')}
        </p>
      </header>
      {a.paragraphs.map((p) => (
        <p key={p.start} data-testid="paragraph" data-start={p.start} data-end={p.end}>
          {p.text}
        </p>
      ))}
    </article>
  )
}
