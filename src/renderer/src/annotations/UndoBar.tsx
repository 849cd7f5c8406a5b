import { annotationHistory, type StackState } from './undo-stack'

type Props = { state: StackState; onError: (message: string) => void }

/** Undo and redo for annotation actions, naming what they will undo; Ctrl+Z / Ctrl+Shift+Z. */
export function UndoBar({ state, onError }: Props): React.JSX.Element {
  const run = (p: Promise<string | null>): void => void p.then((m) => m && onError(m))
  return (
    <div className="undo-bar" role="group" aria-label="Undo and redo annotation actions">
      <button
        type="button"
        disabled={!state.undo || state.busy}
        title={state.undo ? `Undo: ${state.undo} (Ctrl+Z)` : 'Nothing to undo'}
        aria-label={state.undo ? `Undo: ${state.undo}` : 'Undo'}
        onClick={() => run(annotationHistory.undo())}
        data-testid="annotation-undo"
      >
        ↶
      </button>
      <button
        type="button"
        disabled={!state.redo || state.busy}
        title={state.redo ? `Redo: ${state.redo} (Ctrl+Shift+Z)` : 'Nothing to redo'}
        aria-label={state.redo ? `Redo: ${state.redo}` : 'Redo'}
        onClick={() => run(annotationHistory.redo())}
        data-testid="annotation-redo"
      >
        ↷
      </button>
    </div>
  )
}
