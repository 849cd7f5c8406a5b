import { useCallback, useEffect, useState } from 'react'
import type { Result } from '../../../shared/result'

export type Loadable<T> =
  { state: 'loading' } | { state: 'ready'; value: T } | { state: 'error'; message: string }

/**
 * Runs an API call whenever `key` changes; `reload` runs it again. While a reload of the same
 * key is in flight the previous value stays on screen, so lists do not flicker.
 */
export function useResult<T>(
  load: () => Promise<Result<T>>,
  key: string
): [Loadable<T>, () => void] {
  const [round, setRound] = useState(0)
  const [done, setDone] = useState<{ key: string; value: Loadable<T> } | null>(null)
  const fullKey = `${key}#${round}`
  useEffect(() => {
    let live = true
    void load().then((r) => {
      if (!live) return
      setDone({
        key: fullKey,
        value: r.ok
          ? { state: 'ready', value: r.value }
          : { state: 'error', message: r.error.message }
      })
    })
    return () => {
      live = false
    }
    // `load` is a new closure every render; `fullKey` names what it loads.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fullKey])
  const value: Loadable<T> =
    done && done.key.startsWith(`${key}#`) ? done.value : { state: 'loading' }
  const reload = useCallback(() => setRound((n) => n + 1), [])
  return [value, reload]
}
