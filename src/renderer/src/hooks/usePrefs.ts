import { useCallback, useEffect, useState } from 'react'
import { defaultPrefs, type ReaderPrefs } from '../../../shared/model'
import { api } from '../api'

/** Reader settings kept in the library store, applied to the document (theme, font size). */
export function usePrefs(): [ReaderPrefs, (patch: Partial<ReaderPrefs>) => void] {
  const [prefs, setPrefs] = useState<ReaderPrefs>(defaultPrefs)
  useEffect(() => {
    void api.getPrefs().then((r) => r.ok && setPrefs(r.value))
  }, [])
  useEffect(() => {
    const root = document.documentElement
    root.dataset.theme = prefs.theme
    root.style.setProperty('--reading-size', `${prefs.fontSize}px`)
  }, [prefs.theme, prefs.fontSize])
  const update = useCallback((patch: Partial<ReaderPrefs>) => {
    setPrefs((p) => ({ ...p, ...patch }))
    void api.setPrefs(patch)
  }, [])
  return [prefs, update]
}
