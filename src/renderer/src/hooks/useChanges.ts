import { useEffect } from 'react'
import { api } from '../api'

/**
 * Calls `reload` after every annotation, link, palette or decision write (from any window or
 * tab, or an undo) that touches one of `ids`; with `ids` 'all', after every such write.
 */
export function useChanges(ids: readonly string[] | 'all', reload: () => void): void {
  const key = ids === 'all' ? '*' : ids.join(',')
  useEffect(
    () =>
      api.on('annotations:changed', ({ articles }) => {
        const open = key.split(',')
        if (key === '*' || articles === 'all' || articles.some((a) => open.includes(a))) reload()
      }),
    [key, reload]
  )
}
