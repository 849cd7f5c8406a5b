import type { Annotation } from '../../../shared/model'
import { paint, TextMap } from '../compare/text-ranges'
import { TEXT_ROOT } from './selection'
import { mergeSpans, type Span } from './spans'

/** Above the finding kinds (0-6), below hover (9) and the active finding (10). */
const PRIORITY = 7
const painted = new Set<string>()

/** The text root showing an article inside `container`, if it is open there. */
export const rootOf = (container: ParentNode, article: string): HTMLElement | null =>
  container.querySelector<HTMLElement>(`${TEXT_ROOT}[data-article-id="${CSS.escape(article)}"]`)

/** The DOM range an annotation covers now, or null for an orphan or a closed article. */
export function rangeOfAnnotation(container: ParentNode, a: Annotation): Range | null {
  if (a.anchor.status === 'orphan') return null
  const root = rootOf(container, a.article)
  const p = a.target.selector[1]
  return root ? new TextMap(root).range(p.start, p.end) : null
}

/**
 * Paints annotations over the rendered text as CSS Custom Highlights, one per palette colour
 * (`::highlight(px-ann-red)`), overlaps of one colour merged. Orphans are never painted: they have no trustworthy place, and
 * are listed under "Needs attention" instead.
 */
export function paintAnnotations(container: ParentNode, annotations: readonly Annotation[]): void {
  // Per colour and article, the union of the spans: overlaps of one colour paint once.
  const spans = new Map<string, Map<string, Span[]>>()
  for (const a of annotations) {
    if (a.anchor.status === 'orphan') continue
    const byArticle = spans.get(a.body.color) ?? new Map<string, Span[]>()
    spans.set(a.body.color, byArticle)
    const list = byArticle.get(a.article) ?? []
    byArticle.set(a.article, list)
    list.push(a.target.selector[1])
  }
  const maps = new Map<string, TextMap | null>()
  const mapOf = (article: string): TextMap | null => {
    if (!maps.has(article)) {
      const root = rootOf(container, article)
      maps.set(article, root ? new TextMap(root) : null)
    }
    return maps.get(article) ?? null
  }
  const byColor = new Map<string, Range[]>()
  for (const [color, byArticle] of spans)
    for (const [article, list] of byArticle) {
      const map = mapOf(article)
      if (!map) continue
      for (const s of mergeSpans(list)) {
        const r = map.range(s.start, s.end)
        if (r) byColor.set(color, [...(byColor.get(color) ?? []), r])
      }
    }
  for (const name of painted) if (!byColor.has(name.slice('px-ann-'.length))) paint(name, [])
  painted.clear()
  for (const [color, ranges] of byColor) {
    paint(`px-ann-${color}`, ranges, PRIORITY)
    painted.add(`px-ann-${color}`)
  }
}

/** Marks the selected annotation (or a followed passage) on top of the colours. */
export function paintFocus(range: Range | null): void {
  paint('px-ann-focus', range ? [range] : [], PRIORITY + 1)
}

/** Removes every annotation highlight (the view closed). */
export function clearAnnotationPaint(): void {
  for (const name of painted) paint(name, [])
  painted.clear()
  paint('px-ann-focus', [])
}

/** Scrolls the range's scroll container so the range sits a third of the way down. */
export function scrollToRange(r: Range): void {
  const el = r.startContainer.parentElement
  const scroller = el?.closest<HTMLElement>('[data-annotation-scroll]')
  if (!scroller) return void el?.scrollIntoView({ block: 'center' })
  const top = r.getBoundingClientRect().top - scroller.getBoundingClientRect().top
  scroller.scrollTop += top - scroller.clientHeight / 3
}
