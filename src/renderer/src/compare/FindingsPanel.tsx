import { useEffect, useRef } from 'react'
import type { Finding, FindingDecision } from '../../../shared/model'
import { KIND_LABEL, KINDS } from './finding-index'

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
}

/** Every finding between the open articles, grouped by kind; j/k walk this list. */
export function FindingsPanel(p: Props): React.JSX.Element {
  const listRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (p.selectedId)
      listRef.current
        ?.querySelector(`[data-finding-id="${CSS.escape(p.selectedId)}"]`)
        ?.scrollIntoView({ block: 'nearest' })
  }, [p.selectedId])
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
        {p.findings.length === 0 && <p className="status">No findings to show.</p>}
        {KINDS.map((kind) => {
          const group = p.findings.filter((f) => f.kind === kind)
          if (!group.length) return null
          return (
            <section key={kind} data-testid={`findings-group-${kind}`}>
              <h3 className={`group-head kind-${kind}`}>
                {KIND_LABEL[kind]} <span className="count">{group.length}</span>
              </h3>
              <ul>
                {group.map((f) => {
                  const status = p.decisions.get(f.id)?.status
                  return (
                    <li key={f.id}>
                      <button
                        type="button"
                        className={`finding-item kind-${f.kind}${f.id === p.selectedId ? ' selected' : ''}${status ? ` status-${status}` : ''}`}
                        onClick={() => p.onSelect(f)}
                        data-testid="finding-item"
                        data-finding-id={f.id}
                        data-kind={f.kind}
                        data-subtype={f.subtype}
                        data-status={status ?? 'open'}
                      >
                        <span className="item-head">
                          <span className="subtype">{f.subtype}</span>
                          <span className="panes">
                            {p.paneOf(f.a.article) + 1}↔{p.paneOf(f.b.article) + 1}
                          </span>
                          {status && status !== 'open' && (
                            <span className={`status status-${status}`}>{status}</span>
                          )}
                        </span>
                        <span className="item-text">{f.explanation}</span>
                      </button>
                    </li>
                  )
                })}
              </ul>
            </section>
          )
        })}
      </div>
    </div>
  )
}
