import { history, type StackState } from './undo-stack'

/** Undo and redo buttons naming what they will undo; Ctrl+Z / Ctrl+Shift+Z do the same. */
export function UndoBar({ state }: { state: StackState }): React.JSX.Element {
  return (
    <div className="undo-bar" role="group" aria-label="Undo and redo">
      <button
        type="button"
        disabled={!state.undo || state.busy}
        title={state.undo ? `Undo: ${state.undo} (Ctrl+Z)` : 'Nothing to undo'}
        aria-label={state.undo ? `Undo: ${state.undo}` : 'Undo'}
        onClick={() => void history.undo()}
        data-testid="annotation-undo"
      >
        ↶
      </button>
      <button
        type="button"
        disabled={!state.redo || state.busy}
        title={state.redo ? `Redo: ${state.redo} (Ctrl+Shift+Z)` : 'Nothing to redo'}
        aria-label={state.redo ? `Redo: ${state.redo}` : 'Redo'}
        onClick={() => void history.redo()}
        data-testid="annotation-redo"
      >
        ↷
      </button>
    </div>
  )
}
