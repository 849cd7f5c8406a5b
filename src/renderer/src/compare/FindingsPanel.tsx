import { memo, useCallback, useEffect, useMemo, useRef } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import type { Finding, FindingDecision, FindingKind } from '../../../shared/model'
import { FINDING_KINDS, KINDS } from '../../../shared/analysis/kinds'

type Props = {
  findings: Finding[]
  decisions: Map<string, FindingDecision>
  selectedId: string | null
  sortBy: 'position' | 'score'
  onSort: (s: 'position' | 'score') => void
  filter: string
  onFilter: (s: string) => void
  onSelect: (f: Finding) => void
  paneOf: (articleId: string) => number
  /** What an empty list says; why it is empty, when that is known. */
  empty?: string
}

/** A kind's heading, or one finding under it. */
type Row = { head: FindingKind; count: number } | { finding: Finding }

// Lists up to this many rows are rendered whole (every item in the DOM, findable and
// tabbable); longer ones only render what is in view, as thousands of items would make
// opening a comparison and every selection slow.
const RENDER_ALL = 300

/** Every finding between the open articles, grouped by kind; j/k walk this list. */
export function FindingsPanel(p: Props): React.JSX.Element {
  const listRef = useRef<HTMLDivElement>(null)
  const rows = useMemo(() => groupRows(p.findings), [p.findings])
  const onSelect = useRef(p.onSelect)
  useEffect(() => {
    onSelect.current = p.onSelect
  })
  const select = useCallback((f: Finding) => onSelect.current(f), [])
  // The virtualizer hands back a mutable instance; nothing here memoises on it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const list = useVirtualizer({
    count: rows.length,
    getScrollElement: () => listRef.current,
    estimateSize: (i) => (rows[i] && 'head' in rows[i] ? 32 : 56),
    getItemKey: (i) => {
      const r = rows[i]
      return !r ? i : 'head' in r ? `head-${r.head}` : r.finding.id
    },
    overscan: rows.length <= RENDER_ALL ? RENDER_ALL : 12,
    // Rows follow a scroll in the next render rather than inside the scroll event, which keeps
    // the list's catch-up out of the frame that shows a clicked passage aligned.
    useFlushSync: false
  })
  useEffect(() => {
    const at = rows.findIndex((r) => 'finding' in r && r.finding.id === p.selectedId)
    if (at < 0) return
    // Revealed once the selection itself is on screen: scrolling the list measures it, and that
    // layout would otherwise delay the frame showing the clicked passage and its counterpart.
    const idle = requestIdleCallback(() => list.scrollToIndex(at, { align: 'auto' }), {
      timeout: 100
    })
    return () => cancelIdleCallback(idle)
  }, [p.selectedId, rows, list])
  return (
    <div className="findings-panel" data-testid="findings-panel" aria-label="Findings">
      <div className="panel-tools">
        <input
          type="search"
          placeholder="Filter findings"
          aria-label="Filter findings"
          value={p.filter}
          onChange={(e) => p.onFilter(e.target.value)}
          data-testid="findings-filter"
        />
        <select
          aria-label="Sort findings"
          value={p.sortBy}
          onChange={(e) => p.onSort(e.target.value as 'position' | 'score')}
          data-testid="findings-sort"
        >
          <option value="position">By position</option>
          <option value="score">By score</option>
        </select>
      </div>
      <div className="panel-list" ref={listRef}>
        {p.findings.length === 0 && <p className="status">{p.empty ?? 'No findings to show.'}</p>}
        <div style={{ height: list.getTotalSize(), position: 'relative' }}>
          {list.getVirtualItems().map((v) => {
            const r = rows[v.index]
            if (!r) return null
            return (
              <div
                key={v.key}
                data-index={v.index}
                ref={list.measureElement}
                style={{
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  right: 0,
                  translate: `0 ${v.start}px`
                }}
              >
                {'head' in r ? (
                  <h3
                    className="group-head"
                    data-kind={r.head}
                    data-testid={`findings-group-${r.head}`}
                  >
                    {KINDS[r.head].label} <span className="count">{r.count}</span>
                  </h3>
                ) : (
                  <FindingRow
                    f={r.finding}
                    status={p.decisions.get(r.finding.id)?.status}
                    selected={r.finding.id === p.selectedId}
                    panes={`${p.paneOf(r.finding.a.article) + 1}↔${p.paneOf(r.finding.b.article) + 1}`}
                    onSelect={select}
                  />
                )}
              </div>
            )
          })}
        </div>
      </div>
    </div>
  )
}

/** The findings under a heading per kind, in the order given within each kind. */
function groupRows(findings: readonly Finding[]): Row[] {
  return FINDING_KINDS.flatMap((kind) => {
    const group = findings.filter((f) => f.kind === kind)
    return group.length
      ? [{ head: kind, count: group.length }, ...group.map((finding) => ({ finding }))]
      : []
  })
}

type RowProps = {
  f: Finding
  status: FindingDecision['status'] | undefined
  selected: boolean
  panes: string
  onSelect: (f: Finding) => void
}

/** One finding; memoised, so a selection re-renders only the two rows it changes. */
const FindingRow = memo(function FindingRow({ f, status, selected, panes, onSelect }: RowProps) {
  return (
    <button
      type="button"
      className={`finding-item${selected ? ' selected' : ''}${status ? ` status-${status}` : ''}`}
      onClick={() => onSelect(f)}
      data-testid="finding-item"
      data-finding-id={f.id}
      data-kind={f.kind}
      data-subtype={f.subtype}
      data-status={status ?? 'open'}
    >
      <span className="item-head">
        <span className="subtype">{f.subtype}</span>
        <span className="panes">{panes}</span>
        {status && status !== 'open' && <span className={`status status-${status}`}>{status}</span>}
      </span>
      <span className="item-text">{f.explanation}</span>
    </button>
  )
})
