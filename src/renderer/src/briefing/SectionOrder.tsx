import { useRef, useState } from 'react'
import type { BriefingSection } from '../../../shared/contract'
import { move } from './reorder'
import { SECTION_TITLES } from '../../../shared/briefing-spec'

type Props = {
  order: BriefingSection[]
  included: Set<BriefingSection>
  onOrder: (order: BriefingSection[]) => void
  onToggle: (s: BriefingSection) => void
}

/**
 * The sections in export order. Reorder by dragging a row, with the ↑ ↓ buttons, or from the
 * keyboard with Alt+↑ / Alt+↓ on a focused row; each move is announced.
 */
export function SectionOrder({ order, included, onOrder, onToggle }: Props): React.JSX.Element {
  const dragged = useRef<number | null>(null)
  const [over, setOver] = useState<number | null>(null)
  const [said, setSaid] = useState('')
  const list = useRef<HTMLOListElement>(null)
  const shift = (from: number, to: number, focus = false): void => {
    const next = move(order, from, to)
    const at = next.indexOf(order[from] as BriefingSection)
    onOrder(next)
    setSaid(
      `${SECTION_TITLES[order[from] as BriefingSection]} moved to position ${at + 1} of ${next.length}.`
    )
    // Keep the keyboard on the row that moved.
    if (focus)
      requestAnimationFrame(() => (list.current?.children[at] as HTMLElement | undefined)?.focus())
  }
  return (
    <div className="bf-sections">
      <ol ref={list} aria-label="Sections, in export order" data-testid="section-order">
        {order.map((s, i) => (
          <li
            key={s}
            tabIndex={0}
            draggable
            className={over === i ? 'drop-target' : undefined}
            data-testid="section-row"
            data-section={s}
            aria-label={`${SECTION_TITLES[s]}, position ${i + 1} of ${order.length}${included.has(s) ? '' : ', left out'}. Alt+arrow keys move it.`}
            onKeyDown={(e) => {
              if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return
              e.preventDefault()
              shift(i, e.key === 'ArrowUp' ? i - 1 : i + 1, true)
            }}
            onDragStart={(e) => {
              dragged.current = i
              e.dataTransfer.effectAllowed = 'move'
              e.dataTransfer.setData('text/plain', s)
            }}
            onDragOver={(e) => {
              e.preventDefault()
              setOver(i)
            }}
            onDragLeave={() => setOver(null)}
            onDrop={(e) => {
              e.preventDefault()
              setOver(null)
              if (dragged.current !== null) shift(dragged.current, i)
              dragged.current = null
            }}
          >
            <span className="bf-grip" aria-hidden="true">
              ⠿
            </span>
            <label>
              <input type="checkbox" checked={included.has(s)} onChange={() => onToggle(s)} />
              {SECTION_TITLES[s]}
            </label>
            <button
              type="button"
              aria-label={`Move ${SECTION_TITLES[s]} up`}
              disabled={i === 0}
              onClick={() => shift(i, i - 1)}
            >
              ↑
            </button>
            <button
              type="button"
              aria-label={`Move ${SECTION_TITLES[s]} down`}
              disabled={i === order.length - 1}
              onClick={() => shift(i, i + 1)}
            >
              ↓
            </button>
          </li>
        ))}
      </ol>
      <p className="bf-live" aria-live="polite">
        {said}
      </p>
    </div>
  )
}
