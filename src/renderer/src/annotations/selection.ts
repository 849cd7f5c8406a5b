/** A selection inside one article's rendered text, in stored-text offsets. */
export type TextSelection = { article: string; start: number; end: number; rect: DOMRect }

/** The root of an article's rendered text: reader panes and the single-article view. */
export const TEXT_ROOT = '[data-annotatable]'

/**
 * The stored-text offset of a DOM boundary point. Paragraphs carry data-start/data-end and a
 * single text node; a point on an element (a triple-click ends at the next paragraph's start)
 * resolves to the paragraph it touches.
 */
function offsetOf(
  root: HTMLElement,
  node: Node,
  offset: number,
  edge: 'start' | 'end'
): number | null {
  const para = (
    node instanceof Text ? node.parentElement : (node as Element)
  )?.closest<HTMLElement>('[data-start]')
  if (para && root.contains(para)) {
    const start = Number(para.dataset.start)
    if (node instanceof Text) return start + offset
    return offset === 0 ? start : Number(para.dataset.end)
  }
  const paras = Array.from(root.querySelectorAll<HTMLElement>('[data-start]'))
  const child = node.childNodes[offset] ?? null
  // The first paragraph at or after the point, for a start; the last one before it, for an end.
  const after = paras.find(
    (p) => child && (child === p || child.compareDocumentPosition(p) & 4 || child.contains(p))
  )
  if (edge === 'start') return after ? Number(after.dataset.start) : null
  const i = after ? paras.indexOf(after) - 1 : paras.length - 1
  const before = paras[i]
  return before ? Number(before.dataset.end) : null
}

/**
 * The current window selection as offsets into one article's text, trimmed of surrounding
 * white space, or null when nothing (or something outside a single article) is selected.
 */
export function currentSelection(
  text: (article: string) => string | undefined
): TextSelection | null {
  const sel = window.getSelection()
  if (!sel || sel.isCollapsed || sel.rangeCount === 0) return null
  const range = sel.getRangeAt(0)
  const startRoot = closestRoot(range.startContainer)
  const endRoot = closestRoot(range.endContainer)
  if (!startRoot || startRoot !== endRoot) return null
  const article = startRoot.dataset.articleId
  const body = article ? text(article) : undefined
  if (!article || body === undefined) return null
  let start = offsetOf(startRoot, range.startContainer, range.startOffset, 'start')
  let end = offsetOf(startRoot, range.endContainer, range.endOffset, 'end')
  if (start === null || end === null) return null
  while (start < end && /\s/.test(body[start] ?? '')) start++
  while (end > start && /\s/.test(body[end - 1] ?? '')) end--
  if (end <= start) return null
  return { article, start, end, rect: range.getBoundingClientRect() }
}

const closestRoot = (n: Node): HTMLElement | null =>
  (n instanceof Element ? n : n.parentElement)?.closest<HTMLElement>(TEXT_ROOT) ?? null
