import { useEffect, useRef } from 'react'

type Keys = { step: (dir: 1 | -1) => void; focusPane: (i: number) => void; close: () => void }

/** j/k: next and previous finding; 1-4: focus a pane; Escape: close the card. Not while typing. */
export function useReaderKeys(keys: Keys): void {
  const latest = useRef(keys)
  useEffect(() => {
    latest.current = keys
  })
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.ctrlKey || e.metaKey || e.altKey) return
      if (
        e.target instanceof HTMLElement &&
        e.target.closest('input, textarea, select, [contenteditable]')
      )
        return
      const k = latest.current
      if (e.key === 'j') k.step(1)
      else if (e.key === 'k') k.step(-1)
      else if (/^[1-4]$/.test(e.key)) k.focusPane(Number(e.key) - 1)
      else if (e.key === 'Escape') k.close()
      else return
      e.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
}
