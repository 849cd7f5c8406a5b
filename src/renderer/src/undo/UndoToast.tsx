import { history } from './undo-stack'

type Props = { label: string; onDismiss: () => void }

/** The undo offer after a destructive action; it undoes the history's latest step, as Ctrl+Z. */
export function UndoToast({ label, onDismiss }: Props): React.JSX.Element {
  return (
    <div className="toast" role="status" data-testid="undo-toast">
      <span>{label}</span>
      <button type="button" onClick={() => void history.undo()} data-testid="undo-button">
        Undo <kbd>Ctrl+Z</kbd>
      </button>
      <button type="button" className="link" aria-label="Dismiss" onClick={onDismiss}>
        ×
      </button>
    </div>
  )
}
