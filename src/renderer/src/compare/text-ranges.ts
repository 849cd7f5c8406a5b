/** A rendered paragraph: its offsets into the stored text and its single text node. */
type Para = { start: number; end: number; node: Text }

/**
 * Maps stored-text offsets to DOM ranges and back for one pane. Each paragraph is rendered as
 * an element with data-start/data-end holding exactly one text node, so offsets need no
 * walking of the DOM: a binary search over the paragraphs finds the node.
 */
export class TextMap {
  private paras: Para[]

  constructor(root: HTMLElement) {
    this.paras = Array.from(root.querySelectorAll<HTMLElement>('[data-start]'))
      .map((el) => ({
        start: Number(el.dataset.start),
        end: Number(el.dataset.end),
        node: el.firstChild
      }))
      .filter((p): p is Para => p.node instanceof Text)
      .sort((a, b) => a.start - b.start)
  }

  /** The paragraph holding an offset, or the next one when the offset falls between two. */
  private locate(offset: number): Para | undefined {
    let lo = 0
    let hi = this.paras.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const p = this.paras[mid] as Para
      if (offset < p.start) hi = mid - 1
      else if (offset >= p.end) lo = mid + 1
      else return p
    }
    return this.paras[lo]
  }

  /** A Range over [start, end) of the stored text, or null when nothing of it is rendered. */
  range(start: number, end: number): Range | null {
    const first = this.locate(start)
    const last = this.locate(Math.max(start, end - 1))
    if (!first || !last) return null
    const r = document.createRange()
    r.setStart(first.node, Math.max(0, Math.min(first.end, start) - first.start))
    const endPara = last.start >= end ? first : last
    r.setEnd(endPara.node, Math.max(0, Math.min(endPara.end, end) - endPara.start))
    return r.collapsed ? null : r
  }

  /** The stored-text offset under a screen point, or null outside the text. */
  static offsetAt(x: number, y: number): { offset: number; root: HTMLElement | null } | null {
    const pos = document.caretPositionFromPoint?.(x, y)
    const node = pos?.offsetNode
    const el = node?.parentElement?.closest<HTMLElement>('[data-start]')
    if (!pos || !el) return null
    return {
      offset: Number(el.dataset.start) + pos.offset,
      root: el.closest<HTMLElement>('[data-pane-text]')
    }
  }
}

/** Registers ranges under a ::highlight() name, replacing what was there. */
export function paint(name: string, ranges: Range[], priority = 0): void {
  if (!('highlights' in CSS)) return
  if (ranges.length === 0) return void CSS.highlights.delete(name)
  const h = new Highlight(...ranges)
  h.priority = priority
  CSS.highlights.set(name, h)
}

/** The top of a range in its scroll container's content coordinates. */
export function contentTop(range: Range, scroller: HTMLElement): number {
  return (
    range.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop
  )
}
