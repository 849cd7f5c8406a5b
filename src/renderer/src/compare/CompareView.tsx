import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { Article, ArticleSummary, Finding } from '../../../shared/model'
import { api } from '../api'
import { usePrefs } from '../prefs/PrefsProvider'
import { UndoToast } from '../undo/UndoToast'
import { failure } from '../undo/undo-stack'
import { useOffer } from '../undo/useOffer'
import { Reimport } from '../annotations/Reimport'
import { useAnnotationWorkspace } from '../annotations/useAnnotationWorkspace'
import { CompareToolbar } from './CompareToolbar'
import { FindingCard } from './FindingCard'
import { FindingsPanel } from './FindingsPanel'
import { placementsAt, readingOrder, visibleFindings, belowThreshold } from './finding-index'
import { ReaderPane } from './ReaderPane'
import { SidePanel } from './SidePanel'
import { syncedScrollTop } from './scroll-sync'
import { paint, TextMap } from './text-ranges'
import { useCompare } from './useCompare'
import { StoryScopeNotice } from './StoryScopeNotice'
import { useStorySpread } from './useStorySpread'
import type { StoryShare } from './story-spread'
import { doneText, editLabel } from '../stories/edit-label'
import { runStoryEdit } from '../stories/story-edit'
import type { AnalysisScope } from '../../../shared/contract'
import { useHighlights } from './useHighlights'
import { useReaderKeys } from './useReaderKeys'

type Props = {
  ids: string[]
  library: ArticleSummary[]
  onChangeIds: (ids: string[]) => void
  onClose: () => void
}

/** Two to four articles side by side, with their findings laid over the text. */
export function CompareView({ ids, library, onChangeIds, onClose }: Props): React.JSX.Element {
  const [scope, setScope] = useState<AnalysisScope>('stories')
  const data = useCompare(ids, scope)
  const [storyRound, setStoryRound] = useState(0)
  const shares = useStorySpread(ids, storyRound)
  const [moveError, setMoveError] = useState<string | null>(null)
  const [prefs, setPrefs] = usePrefs()
  const [selected, setSelected] = useState<{ finding: Finding; atPoint: Finding[] } | null>(null)
  const [sortBy, setSortBy] = useState<'position' | 'score'>('position')
  const [filter, setFilter] = useState('')
  const undo = useOffer()
  const scrollersRef = useRef<(HTMLDivElement | null)[]>([])
  const [width, setWidth] = useState(window.innerWidth)
  const suppress = useRef(new Set<number>())
  // After an explicit alignment, scroll events still queued from before it (a scrollIntoView, a
  // wheel) must not re-sync the panes by their anchors and undo it. They are dispatched before
  // the next frames' callbacks, so the pane stays quiet for two frames.
  const quiet = useRef(new Set<number>())

  useEffect(() => {
    const onResize = (): void => setWidth(window.innerWidth)
    window.addEventListener('resize', onResize)
    return () => window.removeEventListener('resize', onResize)
  }, [])

  const articles = useMemo(
    () => data.articles.map((a) => (a && 'text' in a ? a : null)),
    [data.articles]
  )
  const byId = useMemo(
    () => new Map(articles.filter((a): a is Article => a !== null).map((a) => [a.id, a])),
    [articles]
  )
  const all = useMemo(
    () => (data.analysis.state === 'ready' ? data.analysis.findings : []),
    [data.analysis]
  )
  const visible = useMemo(
    () =>
      visibleFindings(all, data.decisions, prefs.hiddenKinds, prefs.showDismissed, prefs.minScore),
    [all, data.decisions, prefs.hiddenKinds, prefs.showDismissed, prefs.minScore]
  )
  const listed = useMemo(() => {
    const q = filter.trim().toLowerCase()
    const shown = q
      ? visible.filter((f) =>
          `${f.explanation} ${f.a.text} ${f.b.text} ${f.subtype}`.toLowerCase().includes(q)
        )
      : visible
    return readingOrder(shown, ids, sortBy)
  }, [visible, filter, ids, sortBy])
  const { panes, anchors } = useHighlights({
    articles,
    scrollers: scrollersRef,
    findings: visible,
    decisions: data.decisions,
    selected: selected?.finding ?? null,
    showUnique: prefs.showUnique,
    layoutKey: `${prefs.fontSize}:${width}`
  })

  const panesRef = useRef<HTMLDivElement>(null)
  const open = useMemo(() => articles.filter((a): a is Article => a !== null), [articles])
  const notes = useAnnotationWorkspace({
    ids,
    articles: open,
    container: panesRef,
    layoutKey: `${prefs.fontSize}:${width}:${open.map((a) => a.contentHash).join()}`,
    findings: visible,
    onOpenArticle: (id) => ids.length < 4 && onChangeIds([...ids, id])
  })

  const paneOf = useCallback((articleId: string) => ids.indexOf(articleId), [ids])
  const rangeOf = (pane: number, p: { start: number; end: number }): Range | null =>
    panes[pane]?.map.range(p.start, p.end) ?? null

  /** Scrolls pane j so that passage `to` sits at the same height as `from` does in pane i. */
  const align = (i: number, from: Finding['a'], j: number, to: Finding['a']): void => {
    const si = scrollersRef.current[i]
    const sj = scrollersRef.current[j]
    const ri = rangeOf(i, from)
    const rj = rangeOf(j, to)
    if (!si || !sj || !ri || !rj || i === j) return
    const level = ri.getBoundingClientRect().top - si.getBoundingClientRect().top
    suppress.current.add(j)
    quiet.current.add(i)
    requestAnimationFrame(() => requestAnimationFrame(() => quiet.current.delete(i)))
    sj.scrollTop += rj.getBoundingClientRect().top - sj.getBoundingClientRect().top - level
  }

  const select = (
    finding: Finding,
    atPoint: Finding[] = [finding],
    from?: { pane: number; side: 'a' | 'b' }
  ): void => {
    setSelected({ finding, atPoint })
    const side = from?.side ?? (paneOf(finding.a.article) <= paneOf(finding.b.article) ? 'a' : 'b')
    const here = finding[side]
    const there = finding[side === 'a' ? 'b' : 'a']
    const i = from?.pane ?? paneOf(here.article)
    if (!from) {
      const r = rangeOf(i, here)
      const s = scrollersRef.current[i]
      if (r && s) {
        suppress.current.add(i)
        s.scrollTop +=
          r.getBoundingClientRect().top - s.getBoundingClientRect().top - s.clientHeight / 3
      }
    }
    align(i, here, paneOf(there.article), there)
  }

  useEffect(() => {
    const f = selected?.finding
    const ranges = f ? [rangeOf(paneOf(f.a.article), f.a), rangeOf(paneOf(f.b.article), f.b)] : []
    paint(
      'px-active',
      ranges.filter((r): r is Range => r !== null),
      10
    )
  })

  const onPaneClick = (pane: number, e: React.MouseEvent): void => {
    const hit = TextMap.offsetAt(e.clientX, e.clientY)
    if (!hit || window.getSelection()?.toString()) return
    const at = placementsAt(panes[pane]?.placed ?? [], hit.offset)
    const article = ids[pane]
    if (article && notes.selectAt(article, hit.offset) && !at[0]) return
    if (at[0])
      select(
        at[0].finding,
        at.map((p) => p.finding),
        { pane, side: at[0].side }
      )
  }

  const onPaneHover = (pane: number, e: React.MouseEvent): void => {
    const hit = TextMap.offsetAt(e.clientX, e.clientY)
    const at = hit ? placementsAt(panes[pane]?.placed ?? [], hit.offset) : []
    const ranges = at.flatMap((p) => [
      rangeOf(paneOf(p.counterpart.article), p.counterpart),
      rangeOf(pane, p.passage)
    ])
    paint(
      'px-hover',
      ranges.filter((r): r is Range => r !== null),
      9
    )
  }

  const onScroll = (i: number): void => {
    if (suppress.current.delete(i) || !prefs.scrollSync) return
    if (quiet.current.has(i)) return
    const from = scrollersRef.current[i]
    scrollersRef.current.forEach((s, j) => {
      if (!s || !from || j === i) return
      suppress.current.add(j)
      s.scrollTop = syncedScrollTop(from.scrollTop, anchors.current.get(`${i}>${j}`) ?? [])
    })
  }

  const step = (dir: 1 | -1): void => {
    if (!listed.length) return
    const at = selected ? listed.findIndex((f) => f.id === selected.finding.id) : -1
    const next = listed[(at + dir + listed.length) % listed.length]
    if (next) select(next)
  }
  useReaderKeys({
    step,
    focusPane: (i) => scrollersRef.current[i]?.focus(),
    close: () => setSelected(null)
  })

  const decide: typeof data.decide = async (f, d) => {
    const error = await data.decide(f, d)
    if (!error && d.status === 'dismissed')
      undo.push(
        {
          label: 'Dismiss finding',
          undo: async () => failure(await api.clearDecision(f.id)),
          redo: async () => failure(await api.decideFinding(f.id, [f.a.article, f.b.article], d))
        },
        'Finding dismissed.'
      )
    return error
  }

  const titleOf = (id: string): string =>
    byId.get(id)?.title ?? library.find((a) => a.id === id)?.title ?? id
  const changeScope = (s: AnalysisScope): void => {
    setScope(s)
    data.reload()
  }
  const moveInto = async (article: string, into: StoryShare): Promise<void> => {
    const e = { op: 'move', article, with: into.articles[0] } as const
    const label = editLabel(e, shares, titleOf)
    const done = await runStoryEdit(e, label, () => {
      setStoryRound((n) => n + 1)
      data.reload()
    })
    setMoveError('error' in done ? done.error : null)
    if ('command' in done) undo.push(done.command, doneText(label))
  }
  const split = shares.length > 1 && scope === 'stories'

  return (
    <div className="compare" data-testid="compare-view">
      <CompareToolbar
        ids={ids}
        library={library}
        analysis={data.analysis}
        counts={visible}
        hiddenByScore={belowThreshold(all, data.decisions, prefs.minScore)}
        prefs={prefs}
        setPrefs={setPrefs}
        onChangeIds={onChangeIds}
        onClose={onClose}
      />
      <div className="compare-body">
        <div
          ref={panesRef}
          className="panes"
          style={{ gridTemplateColumns: `repeat(${ids.length}, minmax(0, 1fr))` }}
        >
          {ids.map((id, i) => (
            <div
              key={id}
              className="pane-wrap"
              onClick={(e) => onPaneClick(i, e)}
              onMouseMove={(e) => onPaneHover(i, e)}
            >
              <ReaderPane
                ref={(el) => {
                  scrollersRef.current[i] = el
                }}
                index={i}
                article={data.articles[i] ?? null}
                marks={panes[i]?.marks ?? []}
                canRemove={ids.length > 1}
                onRemove={() => onChangeIds(ids.filter((x) => x !== id))}
                onMarkClick={(fid) => {
                  const f = visible.find((x) => x.id === fid)
                  if (f) select(f)
                }}
                onScroll={() => onScroll(i)}
                actions={articles[i] && <Reimport article={articles[i]} onReplaced={data.reload} />}
              />
            </div>
          ))}
        </div>
        <SidePanel
          undoBar={notes.undoBar}
          annotationCount={notes.notes.annotations.length}
          annotationFocus={notes.selected?.id ?? null}
          annotations={notes.sidebar}
          findings={
            <>
              <StoryScopeNotice
                shares={shares}
                error={moveError}
                scope={scope}
                titleOf={titleOf}
                onScope={changeScope}
                onMove={(a, into) => void moveInto(a, into)}
              />
              {selected && (
                <FindingCard
                  key={selected.finding.id}
                  findings={selected.atPoint}
                  current={selected.finding}
                  decision={data.decisions.get(selected.finding.id)}
                  articles={byId}
                  onPick={(f) => select(f, selected.atPoint)}
                  onDecide={decide}
                  onClose={() => setSelected(null)}
                  link={notes.notes.links.find((l) => l.finding === selected.finding.id)}
                />
              )}
              <FindingsPanel
                findings={listed}
                decisions={data.decisions}
                selectedId={selected?.finding.id ?? null}
                sortBy={sortBy}
                onSort={setSortBy}
                filter={filter}
                onFilter={setFilter}
                onSelect={(f) => select(f)}
                paneOf={paneOf}
                empty={split ? 'No findings within one story.' : undefined}
              />
            </>
          }
        />
      </div>
      {notes.toolbar}
      {undo.offered && <UndoToast label={undo.offered} onDismiss={undo.dismiss} />}
    </div>
  )
}
