import { useState } from 'react'
import type { PaletteColor } from '../../../shared/model'

type Props = {
  palette: PaletteColor[]
  counts: Map<string, number>
  active: string
  onFilter: (color: string) => void
  onRename: (id: string, name: string) => void
  onRecolor: (id: string, color: string) => void
}

/**
 * The colours and what they mean; click a colour to filter by it, "Rename" to change its
 * meaning, the colour well to change how its marks look.
 */
export function PaletteEditor({
  palette,
  counts,
  active,
  onFilter,
  onRename,
  onRecolor
}: Props): React.JSX.Element {
  const [editing, setEditing] = useState<string | null>(null)
  const [draft, setDraft] = useState('')
  const save = (id: string): void => {
    if (draft.trim()) onRename(id, draft.trim())
    setEditing(null)
  }
  return (
    <ul className="ann-palette" aria-label="Colours and their meanings" data-testid="palette">
      {palette.map((p) => (
        <li key={p.id} data-color={p.id}>
          {editing === p.id ? (
            <input
              autoFocus
              value={draft}
              aria-label={`New meaning for ${p.name}`}
              maxLength={60}
              onChange={(e) => setDraft(e.target.value)}
              onBlur={() => save(p.id)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') save(p.id)
                if (e.key === 'Escape') setEditing(null)
              }}
              data-testid="palette-name-input"
            />
          ) : (
            <button
              type="button"
              className="palette-chip"
              aria-pressed={active === p.id}
              onClick={() => onFilter(active === p.id ? '' : p.id)}
              title={`Show only “${p.name}”`}
            >
              <span className={`swatch ann-color-${p.id}`} aria-hidden="true" />
              <span data-testid="palette-name">{p.name}</span>
              <span className="count">{counts.get(p.id) ?? 0}</span>
            </button>
          )}
          {editing !== p.id && (
            <input
              type="color"
              className="palette-well"
              // Uncontrolled: the well reports every step of a drag, and only the colour the
              // analyst settles on (when the well loses focus) is stored; a new palette resets it.
              key={p.color}
              defaultValue={p.color}
              aria-label={`Colour of ${p.name}`}
              title="Change this colour"
              onBlur={(e) => {
                if (e.target.value.toLowerCase() !== p.color.toLowerCase())
                  onRecolor(p.id, e.target.value)
              }}
              data-testid="palette-color"
            />
          )}
          {editing !== p.id && (
            <button
              type="button"
              className="link"
              aria-label={`Rename ${p.name}`}
              title="Rename this colour's meaning"
              onClick={() => {
                setDraft(p.name)
                setEditing(p.id)
              }}
              data-testid="palette-rename"
            >
              ✎
            </button>
          )}
        </li>
      ))}
    </ul>
  )
}
