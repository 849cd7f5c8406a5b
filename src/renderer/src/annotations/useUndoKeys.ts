import { useEffect, useState } from 'react'
import { annotationHistory, type StackState } from './undo-stack'

const inField = (t: EventTarget | null): boolean =>
  t instanceof HTMLElement && Boolean(t.closest('input, textarea, select, [contenteditable]'))

/**
 * Ctrl+Z undoes and Ctrl+Shift+Z (or Ctrl+Y) redoes the last annotation action, outside text
 * fields (where the browser's own undo applies). Returns the history's state for the toolbar,
 * and reports a failed step through `onError`.
 */
export function useUndoKeys(onError: (message: string) => void): StackState {
  const [state, setState] = useState(annotationHistory.state())
  useEffect(() => annotationHistory.subscribe(setState), [])
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      // The article Trash's undo may have taken this press already: one step per press.
      if (e.defaultPrevented || !(e.ctrlKey || e.metaKey) || e.altKey || inField(e.target)) return
      const k = e.key.toLowerCase()
      const redo = (k === 'z' && e.shiftKey) || (k === 'y' && !e.shiftKey)
      const undo = k === 'z' && !e.shiftKey
      if (!undo && !redo) return
      const s = annotationHistory.state()
      if (undo && !s.undo) return
      if (redo && !s.redo) return
      e.preventDefault()
      void (redo ? annotationHistory.redo() : annotationHistory.undo()).then((m) => m && onError(m))
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [onError])
  return state
}
