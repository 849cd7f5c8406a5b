import { useEffect, useRef, useState } from 'react'
import type { PaletteColor } from '../../../shared/model'
import { currentSelection, type TextSelection } from './selection'

export type Then = 'highlight' | 'note' | 'tag'

type Props = {
  palette: PaletteColor[]
  /** The stored text of an open article, to trim the selection to words. */
  textOf: (article: string) => string | undefined
  onAnnotate: (sel: TextSelection, color: string, then: Then) => void
}

const inField = (t: EventTarget | null): boolean =>
  t instanceof HTMLElement && Boolean(t.closest('input, textarea, select, [contenteditable]'))

/**
 * A small toolbar beside a text selection in any reader pane: one button per colour (the
 * highlight), then Note and Tag. Keys: h highlights in the last colour, n adds a note, t a tag.
 * Buttons keep the selection (mousedown is not allowed to clear it).
 */
export function SelectionToolbar({ palette, textOf, onAnnotate }: Props): React.JSX.Element | null {
  const [sel, setSel] = useState<TextSelection | null>(null)
  const [color, setColor] = useState<string | null>(null)
  const latest = useRef({ sel, color, palette, onAnnotate, textOf })
  useEffect(() => {
    latest.current = { sel, color, palette, onAnnotate, textOf }
  })

  useEffect(() => {
    let frame = 0
    const update = (): void => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() => setSel(currentSelection(latest.current.textOf)))
    }
    const onKey = (e: KeyboardEvent): void => {
      const l = latest.current
      const then = ({ h: 'highlight', n: 'note', t: 'tag' } as const)[e.key]
      if (!then || e.ctrlKey || e.metaKey || e.altKey || inField(e.target)) return
      // Read the selection now: the toolbar's copy is refreshed a frame later.
      const sel = currentSelection(l.textOf)
      const c = l.color ?? l.palette[0]?.id
      if (!sel || !c) return
      e.preventDefault()
      l.onAnnotate(sel, c, then)
    }
    document.addEventListener('selectionchange', update)
    window.addEventListener('scroll', update, true)
    window.addEventListener('keydown', onKey)
    return () => {
      cancelAnimationFrame(frame)
      document.removeEventListener('selectionchange', update)
      window.removeEventListener('scroll', update, true)
      window.removeEventListener('keydown', onKey)
    }
  }, [])

  if (!sel || palette.length === 0) return null
  const current = color ?? palette[0]?.id ?? ''
  const act = (c: string, then: Then): void => {
    setColor(c)
    onAnnotate(sel, c, then)
  }
  // Above the selection when there is room, below it otherwise; never off-screen sideways.
  const top = sel.rect.top > 56 ? sel.rect.top - 46 : sel.rect.bottom + 8
  const left = Math.max(8, Math.min(sel.rect.left, window.innerWidth - 360))
  return (
    <div
      className="sel-toolbar"
      role="toolbar"
      aria-label="Annotate the selection"
      data-testid="selection-toolbar"
      style={{ top: Math.round(top), left: Math.round(left) }}
      onMouseDown={(e) => e.preventDefault()}
    >
      {palette.map((p) => (
        <button
          key={p.id}
          type="button"
          className={`swatch-button ann-color-${p.id}`}
          aria-pressed={p.id === current}
          aria-label={`Highlight as ${p.name}`}
          title={`Highlight as ${p.name}${p.id === current ? ' (h)' : ''}`}
          data-testid={`highlight-${p.id}`}
          onClick={() => act(p.id, 'highlight')}
        />
      ))}
      <button type="button" onClick={() => act(current, 'note')} data-testid="selection-note">
        Note <kbd>n</kbd>
      </button>
      <button type="button" onClick={() => act(current, 'tag')} data-testid="selection-tag">
        Tag <kbd>t</kbd>
      </button>
    </div>
  )
}
