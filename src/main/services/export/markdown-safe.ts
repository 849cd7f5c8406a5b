import { Marked, type Tokens } from 'marked'
import { escapeHtml } from './escape'

const SAFE_URL = /^(https?:|mailto:)/i

/**
 * Markdown to HTML for notes and the summary. Raw HTML in the source is shown as text, never
 * parsed, so `<script>` or `<img onerror>` in a note cannot become an element; images render
 * as their alt text because a self-contained briefing makes no requests; links keep only
 * http(s) and mailto targets. The exported page's CSP forbids scripts as a second wall.
 */
const safe = new Marked({
  gfm: true,
  breaks: true,
  async: false,
  renderer: {
    html: ({ text }: Tokens.HTML | Tokens.Tag) => escapeHtml(text),
    image: ({ text }: Tokens.Image) => escapeHtml(text),
    link(this: { parser: { parseInline(t: Tokens.Link['tokens']): string } }, token: Tokens.Link) {
      const inner = this.parser.parseInline(token.tokens)
      if (!SAFE_URL.test(token.href.trim())) return inner
      return `<a href="${escapeHtml(token.href.trim())}" rel="noreferrer">${inner}</a>`
    }
  }
})

export const markdownToHtml = (md: string): string => safe.parse(md) as string
