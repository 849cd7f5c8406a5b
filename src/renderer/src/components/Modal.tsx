import { useEffect, useRef } from 'react'

type Props = {
  /** The id of the heading that names the dialog. */
  labelledBy: string
  testId: string
  onKeyDown?: (e: React.KeyboardEvent) => void
  children: React.ReactNode
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])'

/**
 * A modal dialog: Tab and Shift+Tab cycle inside it, and on close the focus goes back to what
 * had it before (the button that opened it), so a keyboard user is never lost behind it.
 */
export function Modal({ labelledBy, testId, onKeyDown, children }: Props): React.JSX.Element {
  const box = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null
    if (!box.current?.contains(document.activeElement)) box.current?.focus()
    return () => before?.focus()
  }, [])
  const trap = (e: React.KeyboardEvent): void => {
    onKeyDown?.(e)
    if (e.key !== 'Tab' || !box.current) return
    const items = [...box.current.querySelectorAll<HTMLElement>(FOCUSABLE)]
    const first = items[0]
    const last = items.at(-1)
    if (!first || !last) return e.preventDefault()
    if (e.shiftKey && (document.activeElement === first || document.activeElement === box.current)) {
      e.preventDefault()
      last.focus()
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault()
      first.focus()
    }
  }
  return (
    <div className="modal-backdrop">
      <div
        ref={box}
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-labelledby={labelledBy}
        tabIndex={-1}
        data-testid={testId}
        onKeyDown={trap}
      >
        {children}
      </div>
    </div>
  )
}
