import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react'
import { defaultPrefs, type ReaderPrefs } from '../../../shared/model'
import { api } from '../api'

type Prefs = [ReaderPrefs, (patch: Partial<ReaderPrefs>) => void]

const PrefsContext = createContext<Prefs | null>(null)

/**
 * The analyst's settings, loaded once for the whole app and applied to the document (theme,
 * reading size), so every view (the library as much as the reader) shows what is stored.
 */
export function PrefsProvider({ children }: { children: React.ReactNode }): React.JSX.Element {
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
  const value = useMemo<Prefs>(() => [prefs, update], [prefs, update])
  return <PrefsContext.Provider value={value}>{children}</PrefsContext.Provider>
}

/** The stored settings and the function that changes them (saved in the library store). */
export function usePrefs(): Prefs {
  const prefs = useContext(PrefsContext)
  if (!prefs) throw new Error('usePrefs needs a PrefsProvider above it (see main.tsx).')
  return prefs
}
