/** A rendered paragraph: its offsets into the stored text and its single text node. */
type Para = { start: number; end: number; node: Text }

/**
 * Maps stored-text offsets to DOM ranges and back for one pane. Each paragraph is rendered as
 * an element with data-start/data-end holding exactly one text node, so offsets need no
 * walking of the DOM: a binary search over the paragraphs finds the node.
 */
export class TextMap {
  private found: Para[] | null = null

  /**
   * `root` may be a function, read on first use: the reader builds its maps while rendering and
   * they look at the DOM only after it is committed, so placing highlights needs no extra render.
   */
  constructor(private root: HTMLElement | (() => HTMLElement | null | undefined)) {}

  private get paras(): Para[] {
    if (this.found) return this.found
    const root = typeof this.root === 'function' ? this.root() : this.root
    if (!root) return []
    const paras = Array.from(root.querySelectorAll<HTMLElement>('[data-start]'))
      .map((el) => ({
        start: Number(el.dataset.start),
        end: Number(el.dataset.end),
        node: el.firstChild
      }))
      .filter((p): p is Para => p.node instanceof Text)
      .sort((a, b) => a.start - b.start)
    // An empty root is not remembered: its text may not be committed yet.
    if (paras.length > 0) this.found = paras
    return paras
  }

  /** The paragraph holding an offset, or the next one when the offset falls between two. */
  private locate(offset: number): Para | undefined {
    const paras = this.paras
    let lo = 0
    let hi = paras.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const p = paras[mid] as Para
      if (offset < p.start) hi = mid - 1
      else if (offset >= p.end) lo = mid + 1
      else return p
    }
    return paras[lo]
  }

  /** A Range over [start, end) of the stored text, or null when nothing of it is rendered. */
  range(start: number, end: number): Range | null {
    const b = this.bounds(start, end)
    if (!b) return null
    const r = document.createRange()
    r.setStart(b.startContainer, b.startOffset)
    r.setEnd(b.endContainer, b.endOffset)
    return r
  }

  /** The same span as a FixedRange, for painting many passages at once. */
  fixedRange(start: number, end: number): FixedRange | null {
    const b = this.bounds(start, end)
    return b ? new FixedRange(b) : null
  }

  private bounds(start: number, end: number): StaticRangeInit | null {
    const first = this.locate(start)
    const last = this.locate(Math.max(start, end - 1))
    if (!first || !last) return null
    const endPara = last.start >= end ? first : last
    const b = {
      startContainer: first.node,
      startOffset: Math.max(0, Math.min(first.end, start) - first.start),
      endContainer: endPara.node,
      endOffset: Math.max(0, Math.min(endPara.end, end) - endPara.start)
    }
    const collapsed = b.startContainer === b.endContainer && b.startOffset >= b.endOffset
    return collapsed ? null : b
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

/**
 * A highlighted span that the browser does not keep up to date as the DOM changes. Every live
 * Range in a document is visited on every node inserted or removed anywhere in it; with
 * thousands of highlighted passages that made each click (which mounts the finding card and list
 * rows) tens of milliseconds slower. The reader's text is never rewritten, so nothing is lost.
 * Reading its text or boxes goes through one shared live Range.
 */
export class FixedRange extends StaticRange {
  override toString(): string {
    return probe(this).toString()
  }

  getBoundingClientRect(): DOMRect {
    return probe(this).getBoundingClientRect()
  }

  getClientRects(): DOMRectList {
    return probe(this).getClientRects()
  }
}

let shared: Range | null = null

function probe(r: AbstractRange): Range {
  shared ??= document.createRange()
  shared.setStart(r.startContainer, r.startOffset)
  shared.setEnd(r.endContainer, r.endOffset)
  return shared
}

/** Registers ranges under a ::highlight() name, replacing what was there. */
export function paint(name: string, ranges: AbstractRange[], priority = 0): void {
  if (!('highlights' in CSS)) return
  if (ranges.length === 0) return void CSS.highlights.delete(name)
  const h = new Highlight(...ranges)
  h.priority = priority
  CSS.highlights.set(name, h)
}
