import { FINDING_KINDS, KINDS } from '../../../shared/analysis/kinds'
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import type { Article, Finding, FindingDecision } from '../../../shared/model'
import { splitSentences } from '../../../shared/text/sentences'
import type { GutterMark } from './OverviewGutter'
import { placementsIn, uniqueSpans, type Placed } from './finding-index'
import {
  activeMarks,
  anchorPairs,
  gutterMarks,
  measureWhenIdle,
  type PaneSpots
} from './perf-layout/measure'
import type { Anchor } from './scroll-sync'
import { paint, TextMap, type FixedRange } from './text-ranges'

export type PaneLayout = { map: TextMap; placed: Placed[]; marks: GutterMark[] }

type Input = {
  articles: (Article | null)[]
  scrollers: React.RefObject<(HTMLDivElement | null)[]>
  findings: Finding[]
  decisions: Map<string, FindingDecision>
  selected: Finding | null
  showUnique: boolean
  /** Changes whenever the text reflows (font size, window size). */
  layoutKey: string
}

const textRoot = (scroller: HTMLElement | null | undefined): HTMLElement | null =>
  scroller?.querySelector<HTMLElement>('[data-pane-text]') ?? null

/**
 * Lays the findings over the panes as CSS Custom Highlights (one per kind, plus dismissed,
 * confirmed and unique passages) and measures where each finding sits, for the overview gutters
 * and for scroll sync. The article DOM is never touched.
 *
 * The work is split by what it depends on, because opening two long articles and clicking a
 * highlight must both stay fast: ranges are painted in the commit that shows the text (no
 * layout needed), the decision and unique shades repaint on their own, the costly measuring
 * runs in idle time, and a selection only adds its marks to the already measured gutters.
 */
export function useHighlights(o: Input): {
  panes: PaneLayout[]
  anchors: React.RefObject<Map<string, Anchor[]>>
} {
  const { articles, scrollers, findings } = o
  const anchors = useRef(new Map<string, Anchor[]>())
  const ranges = useRef<(FixedRange | null)[][]>([])
  const maps = useMemo(
    () => articles.map((_, i) => new TextMap(() => textRoot(scrollers.current[i]))),
    [articles, scrollers]
  )
  const placed = useMemo(
    () => articles.map((a) => (a ? placementsIn(a.id, findings) : [])),
    [articles, findings]
  )

  useLayoutEffect(() => {
    ranges.current = placed.map((list, i) =>
      list.map((p) => maps[i]?.fixedRange(p.passage.start, p.passage.end) ?? null)
    )
    for (const k of FINDING_KINDS)
      paint(`px-${k}`, rangesWhere(placed, ranges.current, k), KINDS[k].paint)
  }, [maps, placed])

  useLayoutEffect(() => {
    const status = (s: string) => (p: Placed) => o.decisions.get(p.finding.id)?.status === s
    paint('px-confirmed', rangesWhere(placed, ranges.current, status('confirmed')), 5)
    paint('px-dismissed', rangesWhere(placed, ranges.current, status('dismissed')), 6)
  }, [placed, o.decisions])

  useLayoutEffect(() => {
    const unique = o.showUnique
      ? articles.flatMap((a, i) =>
          a
            ? uniqueSpans(a.id, splitSentences(a.text), findings).map(
                (s) => maps[i]?.fixedRange(s.start, s.end) ?? null
              )
            : []
        )
      : []
    paint(
      'px-unique',
      unique.filter((r): r is FixedRange => r !== null),
      -1
    )
  }, [articles, maps, findings, o.showUnique])

  const spots = useMeasured(articles, placed, ranges, scrollers, o.layoutKey)
  useEffect(() => {
    anchors.current = anchorPairs(spots)
  }, [spots])

  const merged = useMemo(() => spots.map((p) => gutterMarks(p)), [spots])
  const selectedId = o.selected?.id ?? null
  const panes = useMemo(
    () =>
      maps.map((map, i) => ({
        map,
        placed: placed[i] ?? [],
        marks: [...(merged[i] ?? []), ...activeMarks(spots[i], selectedId)]
      })),
    [maps, placed, merged, spots, selectedId]
  )
  return { panes, anchors }
}

const NOT_MEASURED: PaneSpots[] = []

/**
 * The placements' tops and heights, measured in idle time after each reflow. Until a pass for
 * the current articles is done the last one stands in (a decision barely moves the marks), unless
 * the articles themselves changed: marks of another article would point at the wrong places.
 */
function useMeasured(
  articles: (Article | null)[],
  placed: Placed[][],
  ranges: React.RefObject<(FixedRange | null)[][]>,
  scrollers: React.RefObject<(HTMLDivElement | null)[]>,
  layoutKey: string
): PaneSpots[] {
  const [measured, setMeasured] = useState({ articles, spots: NOT_MEASURED })
  useEffect(() => {
    const jobs = placed.map((list, i) => ({
      scroller: scrollers.current[i] ?? null,
      ranges: ranges.current[i] ?? [],
      meta: list.map((p) => ({ findingId: p.finding.id, kind: p.finding.kind }))
    }))
    return measureWhenIdle(jobs, (spots) => setMeasured({ articles, spots }))
  }, [articles, placed, ranges, scrollers, layoutKey])
  return measured.articles === articles ? measured.spots : NOT_MEASURED
}

/** The painted ranges of the placements that pass `keep` (a kind, or a test). */
function rangesWhere(
  placed: Placed[][],
  ranges: (FixedRange | null)[][],
  keep: string | ((p: Placed) => boolean)
): FixedRange[] {
  const out: FixedRange[] = []
  placed.forEach((list, i) =>
    list.forEach((p, k) => {
      const r = ranges[i]?.[k]
      if (r && (typeof keep === 'string' ? p.finding.kind === keep : keep(p))) out.push(r)
    })
  )
  return out
}
