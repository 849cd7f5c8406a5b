import { useVirtualizer } from '@tanstack/react-virtual'
import { useCallback, useEffect, useRef } from 'react'
import type { Annotation } from '../../../shared/model'
import { AnnotationRow } from './AnnotationRow'

type Props = {
  items: Annotation[]
  selectedId: string | null
  titles: Map<string, string>
  showArticle: boolean
  onSelect: (a: Annotation) => void
  /** Trash view: each row offers Restore instead of opening. */
  onRestore?: (a: Annotation) => void
  label: string
}

/** Fixed row height keeps measuring out of scrolling; text is clamped to fit it. */
const ROW = 76

/**
 * The annotations as a virtualised list (@tanstack/react-virtual): only the rows on screen
 * are in the DOM, so 5,000 annotations scroll as smoothly as 50. Arrow keys move the focus.
 */
export function AnnotationList(p: Props): React.JSX.Element {
  const scroller = useRef<HTMLDivElement>(null)
  // The virtualiser's functions change identity; this component does not memoise around them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const v = useVirtualizer({
    count: p.items.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW,
    overscan: 8
  })
  const selectedIndex = p.items.findIndex((a) => a.id === p.selectedId)
  useEffect(() => {
    if (selectedIndex >= 0) v.scrollToIndex(selectedIndex, { align: 'auto' })
  }, [selectedIndex, v])
  // Stable callbacks keep the memoised rows from re-rendering while the list scrolls.
  const latest = useRef(p)
  useEffect(() => {
    latest.current = p
  })
  const activate = useCallback((a: Annotation) => {
    const { onRestore, onSelect } = latest.current
    if (onRestore) onRestore(a)
    else onSelect(a)
  }, [])
  const move = useCallback(
    (e: React.KeyboardEvent, i: number): void => {
      const next = e.key === 'ArrowDown' ? i + 1 : e.key === 'ArrowUp' ? i - 1 : -1
      if (!latest.current.items[next]) return
      e.preventDefault()
      v.scrollToIndex(next)
      requestAnimationFrame(() =>
        scroller.current?.querySelector<HTMLElement>(`[data-index="${next}"] button`)?.focus()
      )
    },
    [v]
  )
  return (
    <div
      className="ann-list"
      ref={scroller}
      aria-label={p.label}
      role="list"
      data-testid="annotation-list"
    >
      <div className="ann-list-inner" style={{ height: v.getTotalSize() }}>
        {v.getVirtualItems().map((row) => {
          const a = p.items[row.index] as Annotation
          return (
            <div
              key={a.id}
              role="listitem"
              data-index={row.index}
              className="ann-row-wrap"
              style={{ transform: `translateY(${row.start}px)`, height: ROW }}
            >
              <AnnotationRow
                a={a}
                index={row.index}
                selected={a.id === p.selectedId}
                article={p.showArticle ? (p.titles.get(a.article) ?? a.article) : null}
                restore={Boolean(p.onRestore)}
                onActivate={activate}
                onKey={move}
              />
            </div>
          )
        })}
      </div>
      {p.items.length === 0 && (
        <p className="muted empty">
          {p.onRestore ? 'The annotation trash is empty.' : 'No annotation matches.'}
        </p>
      )}
    </div>
  )
}
