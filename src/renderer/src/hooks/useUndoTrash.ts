import { useCallback, useEffect, useState } from 'react'
import { api } from '../api'

export type TrashUndo = { ids: string[]; label: string } | null

/**
 * Moving to Trash is undoable: the last move is remembered and Ctrl+Z (outside text fields)
 * or the toast's Undo button restores it.
 */
export function useUndoTrash(onError: (message: string) => void): {
  last: TrashUndo
  trash: (ids: string[], titles: string[]) => Promise<void>
  undo: () => Promise<void>
  dismiss: () => void
} {
  const [last, setLast] = useState<TrashUndo>(null)
  const trash = useCallback(
    async (ids: string[], titles: string[]) => {
      const r = await api.trashArticles(ids)
      if (!r.ok) return onError(r.error.message)
      setLast({ ids, label: ids.length === 1 ? `“${titles[0] ?? ''}”` : `${ids.length} articles` })
    },
    [onError]
  )
  const undo = useCallback(async () => {
    if (!last) return
    const r = await api.restoreArticles(last.ids)
    if (!r.ok) return onError(r.error.message)
    setLast(null)
  }, [last, onError])
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      // Another undo history (annotations) already took this key press: one step per press.
      if (e.defaultPrevented) return
      const inField =
        e.target instanceof HTMLElement &&
        e.target.closest('input, textarea, select, [contenteditable]')
      if (
        !inField &&
        e.key.toLowerCase() === 'z' &&
        (e.ctrlKey || e.metaKey) &&
        !e.shiftKey &&
        last
      ) {
        e.preventDefault()
        void undo()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [last, undo])
  return { last, trash, undo, dismiss: () => setLast(null) }
}
