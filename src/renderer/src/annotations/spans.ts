/** A character range [start, end) of an article's stored text. */
export type Span = { start: number; end: number }

/** A span carrying the colour it is painted in. */
export type ColoredSpan = Span & { color: string }

/**
 * Cuts overlapping coloured spans into disjoint pieces, each in the colour of the shortest span
 * covering it (a short note inside a long highlight stays visible), merging neighbours of one
 * colour. Every character then carries at most one annotation highlight, so Chromium paints one
 * layer however many annotations overlap, instead of one layer per annotation.
 */
export function paintSegments(spans: readonly ColoredSpan[]): ColoredSpan[] {
  const edges = [...new Set(spans.flatMap((s) => [s.start, s.end]))].sort((a, b) => a - b)
  const byStart = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start)
  const active: ColoredSpan[] = []
  const out: ColoredSpan[] = []
  let next = 0
  for (let i = 0; i + 1 < edges.length; i++) {
    const from = edges[i] as number
    const to = edges[i + 1] as number
    while (next < byStart.length && (byStart[next] as ColoredSpan).start <= from)
      active.push(byStart[next++] as ColoredSpan)
    for (let j = active.length - 1; j >= 0; j--)
      if ((active[j] as ColoredSpan).end <= from) active.splice(j, 1)
    let top: ColoredSpan | null = null
    for (const s of active) if (!top || s.end - s.start < top.end - top.start) top = s
    if (!top) continue
    const last = out.at(-1)
    if (last && last.end === from && last.color === top.color) last.end = to
    else out.push({ start: from, end: to, color: top.color })
  }
  return out
}
