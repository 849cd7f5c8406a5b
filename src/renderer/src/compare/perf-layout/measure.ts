import type { FindingKind } from '../../../../shared/model'
import type { GutterMark } from '../OverviewGutter'
import type { Anchor } from '../scroll-sync'

/** Where one placed passage sits in its pane, in pixels of the pane's scrolled content. */
export type Spot = { findingId: string; kind: FindingKind; top: number; height: number }

/** What one measuring pass of a pane yields; `spots` follow the pane's placements. */
export type PaneSpots = { spots: (Spot | null)[]; scrollHeight: number; viewHeight: number }

// Ranges measured between two looks at the clock: well under a millisecond with a clean layout.
const SLICE = 50
// Work per callback when the page has had no idle time for the callback's whole timeout.
const BUSY_MS = 8

type Job = {
  /** Null when the pane is not mounted: it gets no spots. */
  scroller: HTMLElement | null
  ranges: ({ getBoundingClientRect(): DOMRect } | null)[]
  meta: { findingId: string; kind: FindingKind }[]
}

/**
 * Measures every range of every pane in idle time, a slice at a time, so that opening two long
 * articles paints the text and highlights at once and no measuring task blocks a scroll.
 * Calls `done` once with all panes measured; returns a function that cancels the pass.
 */
export function measureWhenIdle(jobs: Job[], done: (panes: PaneSpots[]) => void): () => void {
  // Nothing is read before the first idle period: reading a size forces a layout.
  const out: PaneSpots[] = jobs.map(() => ({ spots: [], scrollHeight: 1, viewHeight: 1 }))
  let pane = 0
  let k = 0
  let handle = 0
  const tick = (deadline: IdleDeadline): void => {
    // An idle period may be up to 50 ms; stop well inside it. When the browser was never idle
    // (the callback timed out), measure a few milliseconds' worth so the gutters still arrive.
    const stopAt = performance.now() + (deadline.didTimeout ? BUSY_MS : 0)
    const more = (): boolean =>
      deadline.didTimeout ? performance.now() < stopAt : deadline.timeRemaining() > 2
    while (pane < jobs.length && more()) {
      const job = jobs[pane] as Job
      const scroller = job.scroller
      const origin = scroller ? scroller.getBoundingClientRect().top - scroller.scrollTop : 0
      const into = out[pane] as PaneSpots
      if (scroller && k === 0) {
        into.scrollHeight = Math.max(1, scroller.scrollHeight)
        into.viewHeight = Math.max(1, scroller.clientHeight)
      }
      const end = scroller ? job.ranges.length : 0
      for (const stop = Math.min(end, k + SLICE); k < stop; k++) {
        const r = job.ranges[k]?.getBoundingClientRect()
        const m = job.meta[k]
        into.spots[k] =
          r && m && r.height > 0 ? { ...m, top: r.top - origin, height: r.height } : null
      }
      if (k >= end) {
        pane++
        k = 0
      }
    }
    if (pane < jobs.length) handle = requestIdleCallback(tick, { timeout: 100 })
    else done(out)
  }
  handle = requestIdleCallback(tick, { timeout: 100 })
  return () => cancelIdleCallback(handle)
}

/**
 * The gutter marks of one pane. Marks of one kind that would touch in the gutter (a mark is at
 * least `minPx` tall) become one mark: they look the same, and thousands of findings stay a few
 * hundred buttons, which keeps the gutter cheap to render on open and on every selection.
 */
export function gutterMarks(p: PaneSpots, minPx = 3): GutterMark[] {
  const minFrac = minPx / Math.max(1, p.viewHeight)
  const open = new Map<FindingKind, GutterMark>()
  const out: GutterMark[] = []
  const sorted = p.spots.filter((s): s is Spot => s !== null).sort((x, y) => x.top - y.top)
  for (const s of sorted) {
    const top = s.top / p.scrollHeight
    const height = s.height / p.scrollHeight
    const last = open.get(s.kind)
    if (last && top <= last.top + Math.max(last.height, minFrac)) {
      last.height = Math.max(last.height, top + height - last.top)
      continue
    }
    const mark = { findingId: s.findingId, kind: s.kind, top, height, active: false }
    open.set(s.kind, mark)
    out.push(mark)
  }
  return out
}

/** The marks of the selected finding in one pane, drawn over the merged marks. */
export function activeMarks(p: PaneSpots | undefined, findingId: string | null): GutterMark[] {
  if (!p || !findingId) return []
  return p.spots
    .filter((s): s is Spot => s !== null && s.findingId === findingId)
    .map((s) => ({
      findingId: s.findingId,
      kind: s.kind,
      top: s.top / p.scrollHeight,
      height: s.height / p.scrollHeight,
      active: true
    }))
}

/** For each ordered pair of panes "i>j", the tops of the passages they share, sorted. */
export function anchorPairs(panes: PaneSpots[]): Map<string, Anchor[]> {
  const tops = new Map<string, Map<number, number>>()
  panes.forEach((p, i) => {
    for (const s of p.spots)
      if (s) tops.set(s.findingId, (tops.get(s.findingId) ?? new Map()).set(i, s.top))
  })
  const out = new Map<string, Anchor[]>()
  for (const byPane of tops.values())
    for (const [i, from] of byPane)
      for (const [j, to] of byPane) {
        if (i === j) continue
        const key = `${i}>${j}`
        const list = out.get(key)
        if (list) list.push({ from, to })
        else out.set(key, [{ from, to }])
      }
  for (const list of out.values()) list.sort((a, b) => a.from - b.from)
  return out
}
