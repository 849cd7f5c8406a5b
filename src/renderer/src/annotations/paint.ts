import type { Annotation } from '../../../shared/model'
import { paint, TextMap } from '../compare/text-ranges'
import { TEXT_ROOT } from './selection'
import { paintSegments, type ColoredSpan } from './spans'

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
 * (`::highlight(px-ann-red)`). Overlaps are cut into disjoint pieces (paintSegments), so each
 * character carries one annotation layer however many annotations cover it. Orphans are never
 * painted: they have no trustworthy place, and are listed under "Needs attention" instead.
 */
export function paintAnnotations(container: ParentNode, annotations: readonly Annotation[]): void {
  const byArticle = new Map<string, ColoredSpan[]>()
  for (const a of annotations) {
    if (a.anchor.status === 'orphan') continue
    const { start, end } = a.target.selector[1]
    const list = byArticle.get(a.article) ?? []
    byArticle.set(a.article, list)
    list.push({ start, end, color: a.body.color })
  }
  const byColor = new Map<string, Range[]>()
  for (const [article, spans] of byArticle) {
    const root = rootOf(container, article)
    if (!root) continue
    const map = new TextMap(root)
    for (const s of paintSegments(spans)) {
      const r = map.range(s.start, s.end)
      if (!r) continue
      const list = byColor.get(s.color)
      if (list) list.push(r)
      else byColor.set(s.color, [r])
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
