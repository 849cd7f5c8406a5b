/** A matched passage's top in two panes' content coordinates (pixels from each pane's top). */
export type Anchor = { from: number; to: number }

// Sorted copies by anchor list: a scroll event fires every frame, the anchors change rarely.
const sortedCache = new WeakMap<readonly Anchor[], Anchor[]>()

function sortedByFrom(anchors: readonly Anchor[]): Anchor[] {
  let sorted = sortedCache.get(anchors)
  if (!sorted) {
    sorted = [...anchors].sort((a, b) => a.from - b.from)
    sortedCache.set(anchors, sorted)
  }
  return sorted
}

/**
 * Where the other pane should scroll so that matched passages line up, given where this pane
 * is. Between two anchors the position is interpolated, so text between matches moves
 * proportionally; before the first and after the last anchor both panes move together.
 */
export function syncedScrollTop(scrollTop: number, anchors: readonly Anchor[]): number {
  if (anchors.length === 0) return scrollTop
  const sorted = sortedByFrom(anchors)
  const first = sorted[0] as Anchor
  const last = sorted[sorted.length - 1] as Anchor
  if (scrollTop <= first.from) return first.to - (first.from - scrollTop)
  if (scrollTop >= last.from) return last.to + (scrollTop - last.from)
  // The last anchor at or above scrollTop (binary search: thousands of anchors, every frame).
  let lo = 0
  let hi = sorted.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if ((sorted[mid] as Anchor).from < scrollTop) lo = mid
    else hi = mid - 1
  }
  const a = sorted[lo] as Anchor
  const b = sorted[lo + 1] as Anchor
  const t = b.from === a.from ? 0 : (scrollTop - a.from) / (b.from - a.from)
  return a.to + t * (b.to - a.to)
}
