import { useEffect, useRef, useState } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import type { ArticleSummary } from '../../../shared/model'
import type { Loadable } from '../hooks/useResult'
import { LibraryRow } from './LibraryRow'

type Props = {
  articles: Loadable<ArticleSummary[]>
  openId: string | null
  selected: ReadonlySet<string>
  onOpen: (id: string) => void
  onSelect: (ids: Set<string>) => void
  onDelete: (ids: string[]) => void
  onRetry: () => void
  emptyText: string
  /** Story name by article id, shown on each row. */
  storyOf?: ReadonlyMap<string, string>
}

/**
 * The library as a virtualised, keyboard-driven grid of rows (a row's checkbox is its own cell,
 * so no option holds a control): ↑/↓ move, Enter opens, Space selects,
 * Shift+↑/↓ and Shift-click extend the selection, Ctrl-click toggles, Delete moves to Trash.
 * Only the visible rows are in the DOM, so 10,000 articles scroll as smoothly as 10.
 */
export function LibraryList(p: Props): React.JSX.Element {
  const [active, setActive] = useState(0)
  const [anchor, setAnchor] = useState(0)
  const scrollRef = useRef<HTMLDivElement>(null)
  const rows = p.articles.state === 'ready' ? p.articles.value : []
  // TanStack Virtual returns fresh functions each render; React Compiler skips this component.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtual = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 68,
    overscan: 12,
    getItemKey: (i) => rows[i]?.id ?? i
  })
  const current = Math.min(active, Math.max(0, rows.length - 1))
  useEffect(() => {
    if (rows.length) virtual.scrollToIndex(current, { align: 'auto' })
  }, [current, rows.length, virtual])

  if (p.articles.state === 'loading') return <p className="status">Loading the library…</p>
  if (p.articles.state === 'error')
    return (
      <div className="status error" role="alert">
        <p>The library could not be loaded: {p.articles.message}</p>
        <button type="button" onClick={p.onRetry}>
          Try again
        </button>
      </div>
    )
  if (rows.length === 0)
    return (
      <p className="status" data-testid="library-empty">
        {p.emptyText}
      </p>
    )

  const range = (from: number, to: number): Set<string> =>
    new Set(rows.slice(Math.min(from, to), Math.max(from, to) + 1).map((r) => r.id))
  const toggle = (id: string): void => {
    const next = new Set(p.selected)
    if (next.has(id)) next.delete(id)
    else next.add(id)
    p.onSelect(next)
  }
  const move = (to: number, extend: boolean): void => {
    const i = Math.max(0, Math.min(rows.length - 1, to))
    setActive(i)
    if (extend) p.onSelect(range(anchor, i))
    else setAnchor(i)
  }
  const onKeyDown = (e: React.KeyboardEvent): void => {
    const row = rows[current]
    if (e.key === 'ArrowDown') move(current + 1, e.shiftKey)
    else if (e.key === 'ArrowUp') move(current - 1, e.shiftKey)
    else if (e.key === 'Home') move(0, e.shiftKey)
    else if (e.key === 'End') move(rows.length - 1, e.shiftKey)
    else if (e.key === 'Enter' && row) p.onOpen(row.id)
    else if (e.key === ' ' && row) toggle(row.id)
    else if (e.key === 'Delete' && row) p.onDelete(p.selected.size ? [...p.selected] : [row.id])
    else if (e.key === 'a' && (e.ctrlKey || e.metaKey)) p.onSelect(new Set(rows.map((r) => r.id)))
    else return
    e.preventDefault()
  }
  const onRowClick = (i: number, e: React.MouseEvent): void => {
    const row = rows[i] as ArticleSummary
    setActive(i)
    if (e.shiftKey) return p.onSelect(range(anchor, i))
    setAnchor(i)
    if (e.ctrlKey || e.metaKey) return toggle(row.id)
    p.onOpen(row.id)
  }

  return (
    <div
      ref={scrollRef}
      className="library"
      role="grid"
      aria-label="Articles"
      aria-multiselectable="true"
      aria-rowcount={rows.length}
      tabIndex={0}
      aria-activedescendant={rows[current] ? `article-${rows[current].id}` : undefined}
      onKeyDown={onKeyDown}
      data-testid="library-list"
      data-count={rows.length}
    >
      <div role="rowgroup" style={{ height: virtual.getTotalSize(), position: 'relative' }}>
        {virtual.getVirtualItems().map((v) => {
          const a = rows[v.index] as ArticleSummary
          return (
            <LibraryRow
              key={v.key}
              article={a}
              index={v.index}
              top={v.start}
              measure={virtual.measureElement}
              active={v.index === current}
              open={a.id === p.openId}
              selected={p.selected.has(a.id)}
              onClick={(e) => onRowClick(v.index, e)}
              onToggle={() => toggle(a.id)}
              story={p.storyOf?.get(a.id)}
            />
          )
        })}
      </div>
    </div>
  )
}
