import { useLayoutEffect, useRef, useState } from 'react'
import type { Article, Finding, FindingDecision } from '../../../shared/model'
import { splitSentences } from '../../../shared/text/sentences'
import type { GutterMark } from './OverviewGutter'
import { KINDS, placementsIn, uniqueSpans, type Placed } from './finding-index'
import type { Anchor } from './scroll-sync'
import { contentTop, paint, TextMap } from './text-ranges'

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

/**
 * Lays the findings over the panes as CSS Custom Highlights (one per kind, plus the selected
 * finding, dismissed, confirmed and unique passages), and measures where each finding sits for
 * the overview gutters and for scroll sync. The article DOM is never touched.
 */
export function useHighlights(o: Input): {
  panes: PaneLayout[]
  anchors: React.RefObject<Map<string, Anchor[]>>
} {
  const [panes, setPanes] = useState<PaneLayout[]>([])
  const anchors = useRef(new Map<string, Anchor[]>())
  useLayoutEffect(() => {
    const layouts: PaneLayout[] = []
    const byKind = new Map<string, Range[]>(KINDS.map((k) => [k, []]))
    const extra = { confirmed: [] as Range[], dismissed: [] as Range[], unique: [] as Range[] }
    const tops = new Map<string, Map<number, number>>()
    o.articles.forEach((a, i) => {
      const scroller = o.scrollers.current[i]
      const root = scroller?.querySelector<HTMLElement>('[data-pane-text]')
      if (!a || !scroller || !root)
        return void (layouts[i] = {
          map: new TextMap(document.createElement('div')),
          placed: [],
          marks: []
        })
      const map = new TextMap(root)
      const placed = placementsIn(a.id, o.findings)
      const height = Math.max(1, scroller.scrollHeight)
      const marks: GutterMark[] = []
      for (const p of placed) {
        const r = map.range(p.passage.start, p.passage.end)
        if (!r) continue
        const status = o.decisions.get(p.finding.id)?.status
        byKind.get(p.finding.kind)?.push(r)
        if (status === 'confirmed') extra.confirmed.push(r)
        if (status === 'dismissed') extra.dismissed.push(r)
        const top = contentTop(r, scroller)
        tops.set(p.finding.id, (tops.get(p.finding.id) ?? new Map()).set(i, top))
        marks.push({
          findingId: p.finding.id,
          kind: p.finding.kind,
          top: top / height,
          height: r.getBoundingClientRect().height / height,
          active: p.finding.id === o.selected?.id
        })
      }
      if (o.showUnique)
        for (const s of uniqueSpans(a.id, splitSentences(a.text), o.findings)) {
          const r = map.range(s.start, s.end)
          if (r) extra.unique.push(r)
        }
      layouts[i] = { map, placed, marks }
    })
    KINDS.forEach((k, n) => paint(`px-${k}`, byKind.get(k) ?? [], n))
    paint('px-confirmed', extra.confirmed, 5)
    paint('px-dismissed', extra.dismissed, 6)
    paint('px-unique', extra.unique, -1)
    anchors.current = anchorPairs(tops, o.articles.length)
    // Measuring the laid-out text is the point of this effect; the result drives the gutters.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setPanes(layouts)
  }, [o.articles, o.scrollers, o.findings, o.decisions, o.selected, o.showUnique, o.layoutKey])
  return { panes, anchors }
}

/** For each ordered pair of panes "i>j", the tops of the passages they share. */
function anchorPairs(tops: Map<string, Map<number, number>>, n: number): Map<string, Anchor[]> {
  const out = new Map<string, Anchor[]>()
  for (const byPane of tops.values())
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) {
        const from = byPane.get(i)
        const to = byPane.get(j)
        if (i === j || from === undefined || to === undefined) continue
        const key = `${i}>${j}`
        out.set(key, [...(out.get(key) ?? []), { from, to }])
      }
  return out
}
