import { useCallback, useState } from 'react'
import { history, type Command } from './undo-stack'
import { useHistory } from './useUndoKeys'

/**
 * Records a step in the app's history and offers its undo in a toast. The toast lasts only while
 * that step is the one Ctrl+Z would undo, so the toast and the key never disagree.
 */
export function useOffer(): {
  /** What the toast says, or null when there is nothing to offer. */
  offered: string | null
  push: (c: Command, toast: string) => void
  dismiss: () => void
} {
  const [offered, setOffered] = useState<{ c: Command; toast: string } | null>(null)
  useHistory()
  const push = useCallback((c: Command, toast: string) => {
    history.push(c)
    setOffered({ c, toast })
  }, [])
  const dismiss = useCallback(() => setOffered(null), [])
  return { offered: offered && history.peek() === offered.c ? offered.toast : null, push, dismiss }
}
