import { useState } from 'react'

type Props = {
  selected: string[]
  inTrash: boolean
  onCompare: (ids: string[]) => void
  onTrash: (ids: string[]) => void
  onRestore: (ids: string[]) => void
  onEmptyTrash: () => void
  onClear: () => void
}

/** Actions on the selected articles: compare, move to Trash; in the Trash, restore or empty. */
export function SelectionBar(p: Props): React.JSX.Element | null {
  const [confirming, setConfirming] = useState(false)
  if (p.inTrash)
    return (
      <div className="selection-bar">
        <button
          type="button"
          disabled={!p.selected.length}
          onClick={() => p.onRestore(p.selected)}
          data-testid="restore-selected"
        >
          Restore{p.selected.length ? ` ${p.selected.length}` : ''}
        </button>
        {confirming ? (
          <button
            type="button"
            className="danger"
            onClick={() => (setConfirming(false), p.onEmptyTrash())}
            data-testid="confirm-empty-trash"
          >
            Delete for good?
          </button>
        ) : (
          <button type="button" onClick={() => setConfirming(true)} data-testid="empty-trash">
            Empty Trash…
          </button>
        )}
      </div>
    )
  if (p.selected.length === 0) return null
  return (
    <div className="selection-bar" data-testid="selection-bar">
      <span>{p.selected.length} selected</span>
      <button
        type="button"
        className="primary"
        disabled={p.selected.length < 2 || p.selected.length > 4}
        title="Compare 2 to 4 articles side by side"
        onClick={() => p.onCompare(p.selected)}
        data-testid="compare-button"
      >
        Compare
      </button>
      <button type="button" onClick={() => p.onTrash(p.selected)} data-testid="trash-selected">
        Move to Trash
      </button>
      <button type="button" className="link" onClick={p.onClear}>
        Clear
      </button>
    </div>
  )
}
