import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { Annotation, Finding, LinkEnd } from '../../../shared/model'
import { TextMap } from '../compare/text-ranges'
import { AnnotationSidebar } from './AnnotationSidebar'
import {
  clearAnnotationPaint,
  paintAnnotations,
  paintFocus,
  rangeOfAnnotation,
  rootOf,
  scrollToRange
} from './paint'
import { SelectionToolbar, type Then } from './SelectionToolbar'
import type { TextSelection } from './selection'
import { UndoBar } from '../undo/UndoBar'
import { useAnnotations, type AnnotationsApi } from './useAnnotations'
import { useHistory, useUndoErrors } from '../undo/useUndoKeys'

export type OpenArticle = { id: string; title: string; text: string }

type Options = {
  ids: string[]
  /** The articles whose text is on screen, once loaded. */
  articles: OpenArticle[]
  container: React.RefObject<HTMLElement | null>
  /** Changes whenever the text reflows (articles loaded, font size, window size). */
  layoutKey: string
  findings?: Finding[]
  /** Shows an article that is not on screen, to follow a link into it. */
  onOpenArticle?: (id: string) => void
}

const NO_FINDINGS: Finding[] = []

export type Selected = { id: string; focus: 'note' | 'tag' | null }

// An annotation to select once its article has been opened (a followed link); survives the
// remount that opening another article causes.
let pending: string | null = null

/**
 * Everything annotations add to a reader view: the selection toolbar, the painted highlights,
 * the sidebar, the undo bar, and following links. CompareView and ArticleView both host it.
 */
export function useAnnotationWorkspace(o: Options): {
  notes: AnnotationsApi
  toolbar: React.JSX.Element
  sidebar: React.JSX.Element
  undoBar: React.JSX.Element
  selected: Selected | null
  /** Selects the annotation under a click at `offset`, if any; returns whether one was. */
  selectAt: (article: string, offset: number) => boolean
} {
  const notes = useAnnotations(o.ids)
  const [selected, setSelected] = useState<Selected | null>(null)
  const undo = useHistory()
  useUndoErrors(notes.showError)
  const { container } = o

  // Colours repaint only when annotations or the layout change; picking one repaints one range.
  useLayoutEffect(() => {
    if (container.current) paintAnnotations(container.current, notes.annotations)
  }, [container, notes.annotations, o.layoutKey])
  const focused = selected ? notes.byId.get(selected.id) : undefined
  useLayoutEffect(() => {
    paintFocus(focused && container.current ? rangeOfAnnotation(container.current, focused) : null)
  }, [container, focused, o.layoutKey])
  useEffect(() => clearAnnotationPaint, [])

  const select = (a: Annotation | null, focus: Selected['focus'] = null, scroll = true): void => {
    setSelected(a ? { id: a.id, focus } : null)
    if (!a || !scroll || !container.current) return
    const r = rangeOfAnnotation(container.current, a)
    if (r) return scrollToRange(r)
    if (a.anchor.status !== 'orphan' && !rootOf(container.current, a.article) && o.onOpenArticle) {
      pending = a.id
      o.onOpenArticle(a.article)
    }
  }
  const latestSelect = useRef(select)
  useEffect(() => {
    latestSelect.current = select
  })

  useEffect(() => {
    const a = pending ? notes.byId.get(pending) : undefined
    if (!a || !container.current || !rootOf(container.current, a.article)) return
    pending = null
    latestSelect.current(a)
  }, [notes.byId, o.layoutKey, container])

  const follow = (end: LinkEnd): void => {
    if (end.type === 'annotation') {
      const a = notes.byId.get(end.id)
      return a
        ? select(a)
        : notes.showError('That annotation is in the trash; restore it to follow the link.')
    }
    const root = container.current && rootOf(container.current, end.article)
    if (!root) return o.onOpenArticle?.(end.article)
    const at = end.selector[1]
    const r = new TextMap(root).range(at.start, at.end)
    if (!r) return
    scrollToRange(r)
    paintFocus(r)
  }

  const annotate = async (sel: TextSelection, color: string, then: Then): Promise<void> => {
    // Clear the selection at once, so keys typed while the create is in flight (the tag that
    // t is about to focus) cannot annotate the same words again.
    window.getSelection()?.removeAllRanges()
    const a = await notes.create({ article: sel.article, start: sel.start, end: sel.end, color })
    if (!a) return
    setSelected({ id: a.id, focus: then === 'highlight' ? null : then })
  }

  const selectAt = (article: string, offset: number): boolean => {
    const hits = notes.annotations.filter((a) => {
      const p = a.target.selector[1]
      return (
        a.article === article && a.anchor.status !== 'orphan' && p.start <= offset && offset < p.end
      )
    })
    const best = hits.sort((x, y) => span(x) - span(y))[0]
    if (best) select(best, null, false)
    return Boolean(best)
  }

  const textOf = (id: string): string | undefined => o.articles.find((a) => a.id === id)?.text
  return {
    notes,
    selected,
    selectAt,
    toolbar: (
      <SelectionToolbar
        palette={notes.palette}
        textOf={textOf}
        onAnnotate={(s, c, t) => void annotate(s, c, t)}
      />
    ),
    undoBar: <UndoBar state={undo} />,
    sidebar: (
      <AnnotationSidebar
        notes={notes}
        selected={selected}
        onSelect={(a) => select(a)}
        onFollow={follow}
        findings={o.findings ?? NO_FINDINGS}
        openCount={o.articles.length}
      />
    )
  }
}

const span = (a: Annotation): number => a.target.selector[1].end - a.target.selector[1].start
