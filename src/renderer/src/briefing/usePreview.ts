import { useEffect, useState } from 'react'
import type { BriefingSpec } from '../../../shared/contract'
import { api } from '../api'

/**
 * The HTML preview of the spec, refreshed 300 ms after the last change; answers for an older
 * spec are dropped. The last preview stays on screen (marked busy) while the next one renders.
 */
export function usePreview(spec: BriefingSpec): { html: string; busy: boolean; error: string } {
  const [done, setDone] = useState({ key: '', html: '', error: '' })
  const key = JSON.stringify(spec)
  useEffect(() => {
    let live = true
    const timer = setTimeout(() => {
      void api.previewBriefing(JSON.parse(key) as BriefingSpec).then((r) => {
        if (!live) return
        setDone((d) =>
          r.ok ? { key, html: r.value, error: '' } : { key, html: d.html, error: r.error.message }
        )
      })
    }, 300)
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [key])
  return { html: done.html, busy: done.key !== key, error: done.error }
}
