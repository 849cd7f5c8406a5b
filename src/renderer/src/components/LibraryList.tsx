import { useEffect, useRef, useState } from 'react'
import type { ArticleSummary } from '../../../shared/model'
import type { Loadable } from '../hooks/useResult'
import { formatDate } from '../format'

type Props = {
  articles: Loadable<ArticleSummary[]>
  openId: string | null
  onOpen: (id: string) => void
  onRetry: () => void
}

/** The library as a keyboard-driven listbox: ↑/↓ move, Enter (or a click) opens. */
export function LibraryList({ articles, openId, onOpen, onRetry }: Props): React.JSX.Element {
  const [active, setActive] = useState(0)
  const listRef = useRef<HTMLUListElement>(null)
  const rows = articles.state === 'ready' ? articles.value : []

  useEffect(() => {
    listRef.current?.querySelector(`[data-index="${active}"]`)?.scrollIntoView({ block: 'nearest' })
  }, [active])

  if (articles.state === 'loading') return <p className="status">Loading the library…</p>
  if (articles.state === 'error')
    return (
      <div className="status error" role="alert">
        <p>The library could not be loaded: {articles.message}</p>
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      </div>
    )
  if (rows.length === 0)
    return (
      <p className="status" data-testid="library-empty">
        The library is empty. Import articles to start comparing them.
      </p>
    )

  const onKeyDown = (e: React.KeyboardEvent): void => {
    if (e.key === 'ArrowDown') setActive((i) => Math.min(rows.length - 1, i + 1))
    else if (e.key === 'ArrowUp') setActive((i) => Math.max(0, i - 1))
    else if (e.key === 'Home') setActive(0)
    else if (e.key === 'End') setActive(rows.length - 1)
    else if (e.key === 'Enter' && rows[active]) onOpen(rows[active].id)
    else return
    e.preventDefault()
  }

  return (
    <ul
      ref={listRef}
      className="library"
      role="listbox"
      aria-label="Articles"
      tabIndex={0}
      autoFocus
      aria-activedescendant={rows[active] ? `article-${rows[active].id}` : undefined}
      onKeyDown={onKeyDown}
      data-testid="library-list"
    >
      {rows.map((a, i) => (
        <li
          key={a.id}
          id={`article-${a.id}`}
          role="option"
          aria-selected={a.id === openId}
          data-index={i}
          data-testid="article-row"
          data-article-id={a.id}
          className={`row${i === active ? ' active' : ''}${a.id === openId ? ' open' : ''}`}
          onClick={() => {
            setActive(i)
            onOpen(a.id)
          }}
        >
          <span className="row-title">{a.title}</span>
          <span className="row-meta">
            {[a.source, formatDate(a.date), `${a.wordCount.toLocaleString('en')} words`].filter(Boolean).join(' · ')}
          </span>
        </li>
      ))}
    </ul>
  )
}
