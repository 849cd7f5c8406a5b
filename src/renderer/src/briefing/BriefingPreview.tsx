import { useEffect, useRef } from 'react'

/**
 * The exported HTML itself, in a frame that may not run script (sandbox without
 * allow-scripts). The frame inherits the app's CSP, which forbids inline <style>, so the
 * briefing's own stylesheet is applied through CSSOM instead: the preview looks like the file.
 */
export function BriefingPreview({
  html,
  busy
}: {
  html: string
  busy: boolean
}): React.JSX.Element {
  const frame = useRef<HTMLIFrameElement>(null)
  useEffect(() => {
    const el = frame.current
    if (!el) return
    const style = () => {
      const doc = el.contentDocument
      const win = el.contentWindow as (Window & typeof globalThis) | null
      if (!doc || !win) return
      const css = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? ''
      const sheet = new win.CSSStyleSheet()
      sheet.replaceSync(css)
      doc.adoptedStyleSheets = [sheet]
    }
    el.addEventListener('load', style)
    el.srcdoc = html
    return () => el.removeEventListener('load', style)
  }, [html])
  return (
    <section className="bf-preview" aria-label="Live preview" aria-busy={busy}>
      <p className="bf-preview-status" role="status">
        {busy ? 'Updating the preview…' : ''}
      </p>
      <iframe
        ref={frame}
        title="Briefing preview"
        sandbox="allow-same-origin"
        data-testid="bf-preview"
      />
    </section>
  )
}
