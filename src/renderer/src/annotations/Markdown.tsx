import DOMPurify from 'dompurify'
import { marked } from 'marked'
import { useMemo } from 'react'

// Links in notes open outside the app, never in its own window, and never tell the site
// where they came from.
DOMPurify.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName === 'A') {
    node.setAttribute('target', '_blank')
    node.setAttribute('rel', 'noopener noreferrer')
  }
})

// DOMPurify keeps these by default, yet each makes the page fetch a URL (`<table background>`,
// `<img srcset>`...); the CSP is the second wall, not the only one.
const FETCHING_ATTRS = ['background', 'src', 'srcset', 'poster', 'action', 'formaction', 'ping']

/**
 * A note rendered from Markdown and sanitised with DOMPurify: no scripts, no event handlers,
 * no images or frames and no attribute that loads a URL (they could call out of an offline
 * app), no forms or styles. Where DOMPurify cannot run, the note is shown as plain text.
 */
export function renderNote(markdown: string): string {
  if (!DOMPurify.isSupported) return escapeText(markdown)
  const html = marked.parse(markdown, { async: false, gfm: true, breaks: true })
  return DOMPurify.sanitize(html, {
    FORBID_TAGS: [
      'img',
      'style',
      'form',
      'input',
      'button',
      'iframe',
      'svg',
      'math',
      'video',
      'audio'
    ],
    FORBID_ATTR: ['style', 'class', 'id', ...FETCHING_ATTRS]
  })
}

const escapeText = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

export function Markdown({ source }: { source: string }): React.JSX.Element {
  const html = useMemo(() => renderNote(source), [source])
  // Sanitised just above: this is the one place annotation HTML reaches the DOM.
  return (
    <div
      className="note-md"
      data-testid="note-rendered"
      dangerouslySetInnerHTML={{ __html: html }}
    />
  )
}
