import { LimitExceeded, MAX_HTML_DEPTH, MAX_HTML_ELEMENTS } from './limits'

// Elements that never hold children, or whose end tag is implied by the next sibling: counting
// them as open would make ordinary pages look deep.
const NO_DEPTH = new Set(
  (
    'area base br col embed hr img input link meta param source track wbr p li dt dd tr td th ' +
    'option optgroup thead tbody tfoot colgroup caption rb rt rtc rp'
  ).split(' ')
)

/**
 * A cheap look at the raw HTML, before any parser: throws LimitExceeded when open tags nest
 * deeper than MAX_HTML_DEPTH (it over-counts only pages that leave real containers unclosed),
 * or when there are more than MAX_HTML_ELEMENTS of them, which Readability would refuse anyway
 * after seconds of parsing.
 */
export function checkHtmlDepth(html: string): void {
  let depth = 0
  let elements = 0
  const lower = html.toLowerCase()
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    const name = (m[2] as string).toLowerCase()
    if (NO_DEPTH.has(name)) continue
    if (name === 'script' || name === 'style') {
      if (m[1]) continue
      const close = lower.indexOf(`</${name}`, tag.lastIndex)
      tag.lastIndex = close < 0 ? html.length : close
      continue
    }
    if (!m[1] && ++elements > MAX_HTML_ELEMENTS)
      throw new LimitExceeded(`has more than ${MAX_HTML_ELEMENTS} elements`)
    if (m[1]) depth = Math.max(0, depth - 1)
    else if (!m[3] || name === 'div' || name === 'span') depth++
    if (depth > MAX_HTML_DEPTH)
      throw new LimitExceeded(`nests its elements more than ${MAX_HTML_DEPTH} levels deep`)
  }
}
