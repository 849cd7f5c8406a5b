import { useEffect, useState } from 'react'
import { history, type StackState } from './undo-stack'

// Fields with an undo of their own: a checkbox, a button or a select has none, so Ctrl+Z
// there (focus stays on the select an analyst just used to move an article) is the app's.
const inField = (t: EventTarget | null): boolean =>
  t instanceof HTMLElement &&
  Boolean(
    t.closest(
      'textarea, [contenteditable], input:not([type=checkbox], [type=radio], [type=button], [type=submit])'
    )
  )

/** The history's state (what Ctrl+Z would undo, whether a step runs, why one failed). */
export function useHistory(): StackState {
  const [state, setState] = useState(history.state())
  useEffect(() => history.subscribe(setState), [])
  return state
}

/**
 * The app's only Ctrl+Z listener: Ctrl+Z undoes and Ctrl+Shift+Z (or Ctrl+Y) redoes the latest
 * step of the one history, outside text fields (where the browser's own undo applies).
 */
export function useUndoKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || inField(e.target)) return
      const k = e.key.toLowerCase()
      const redo = (k === 'z' && e.shiftKey) || (k === 'y' && !e.shiftKey)
      if (!redo && k !== 'z') return
      e.preventDefault()
      void (redo ? history.redo() : history.undo())
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
}

/** Reports each failed undo or redo step (whichever button or key ran it) through `onError`. */
export function useUndoErrors(onError: (message: string) => void): void {
  useEffect(() => {
    let last: string | null = null
    return history.subscribe((s) => {
      if (s.error && s.error !== last) onError(s.error)
      last = s.error
    })
  }, [onError])
}
