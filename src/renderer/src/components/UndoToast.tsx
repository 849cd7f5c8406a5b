type Props = { label: string; onUndo: () => void; onDismiss: () => void }

/** The undo offer after a destructive action; Ctrl+Z does the same. */
export function UndoToast({ label, onUndo, onDismiss }: Props): React.JSX.Element {
  return (
    <div className="toast" role="status" data-testid="undo-toast">
      <span>{label}</span>
      <button type="button" onClick={onUndo} data-testid="undo-button">
        Undo <kbd>Ctrl+Z</kbd>
      </button>
      <button type="button" className="link" aria-label="Dismiss" onClick={onDismiss}>
        ×
      </button>
    </div>
  )
}
