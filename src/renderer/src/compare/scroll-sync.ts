/** A matched passage's top in two panes' content coordinates (pixels from each pane's top). */
export type Anchor = { from: number; to: number }

/**
 * Where the other pane should scroll so that matched passages line up, given where this pane
 * is. Between two anchors the position is interpolated, so text between matches moves
 * proportionally; before the first and after the last anchor both panes move together.
 */
export function syncedScrollTop(scrollTop: number, anchors: readonly Anchor[]): number {
  if (anchors.length === 0) return scrollTop
  const sorted = [...anchors].sort((a, b) => a.from - b.from)
  const first = sorted[0] as Anchor
  const last = sorted[sorted.length - 1] as Anchor
  if (scrollTop <= first.from) return first.to - (first.from - scrollTop)
  if (scrollTop >= last.from) return last.to + (scrollTop - last.from)
  let i = 0
  while (i < sorted.length - 1 && (sorted[i + 1] as Anchor).from < scrollTop) i++
  const a = sorted[i] as Anchor
  const b = sorted[i + 1] as Anchor
  const t = b.from === a.from ? 0 : (scrollTop - a.from) / (b.from - a.from)
  return a.to + t * (b.to - a.to)
}
