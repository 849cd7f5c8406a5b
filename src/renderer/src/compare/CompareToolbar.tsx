import type {
  ArticleSummary,
  Finding,
  FindingKind,
  ReaderPrefs,
  Theme
} from '../../../shared/model'
import type { AnalysisState } from './useCompare'
import { FINDING_KINDS, KINDS } from '../../../shared/analysis/kinds'

type Props = {
  ids: string[]
  library: ArticleSummary[]
  analysis: AnalysisState
  counts: Finding[]
  /** Findings the score threshold hides, so the analyst knows they exist. */
  hiddenByScore: number
  prefs: ReaderPrefs
  setPrefs: (p: Partial<ReaderPrefs>) => void
  onChangeIds: (ids: string[]) => void
  onClose: () => void
}

const SCORE_STEPS = [0, 0.5, 0.6, 0.7, 0.8, 0.9]

/** Panes, analysis progress, the legend (kind toggles) and reading settings. */
export function CompareToolbar(p: Props): React.JSX.Element {
  const toggleKind = (k: FindingKind): void =>
    p.setPrefs({
      hiddenKinds: p.prefs.hiddenKinds.includes(k)
        ? p.prefs.hiddenKinds.filter((x) => x !== k)
        : [...p.prefs.hiddenKinds, k]
    })
  const addable = p.library.filter((a) => !p.ids.includes(a.id))
  return (
    <header className="compare-toolbar">
      <button type="button" onClick={p.onClose} data-testid="close-compare">
        ← Library
      </button>
      {p.ids.length < 4 && (
        <select
          aria-label="Add an article as a new pane"
          value=""
          onChange={(e) => e.target.value && p.onChangeIds([...p.ids, e.target.value])}
          data-testid="add-pane"
        >
          <option value="">+ Add pane…</option>
          {addable.map((a) => (
            <option key={a.id} value={a.id}>
              {a.title.slice(0, 70)}
            </option>
          ))}
        </select>
      )}
      <AnalysisStatus analysis={p.analysis} />
      <div className="legend" role="group" aria-label="Show finding kinds">
        {FINDING_KINDS.map((k) => (
          <label key={k} className="legend-item" data-kind={k} data-testid={`legend-${k}`}>
            <input
              type="checkbox"
              checked={!p.prefs.hiddenKinds.includes(k)}
              onChange={() => toggleKind(k)}
            />
            <span className="swatch" aria-hidden="true" />
            {KINDS[k].label} ({p.counts.filter((f) => f.kind === k).length})
          </label>
        ))}
      </div>
      <label
        className="score-threshold"
        title="A finding's score is the chance it is right, measured on labelled real news"
      >
        Show findings{' '}
        <select
          value={String(p.prefs.minScore)}
          onChange={(e) => p.setPrefs({ minScore: Number(e.target.value) })}
          data-testid="min-score"
        >
          {SCORE_STEPS.map((s) => (
            <option key={s} value={String(s)}>
              {s === 0 ? 'all' : `≥ ${Math.round(s * 100)}% likely right`}
            </option>
          ))}
        </select>
        {p.hiddenByScore > 0 && (
          <span className="hidden-count" data-testid="hidden-by-score">
            {' '}
            {p.hiddenByScore} less likely hidden
          </span>
        )}
      </label>
      <div className="reading-settings">
        <label title="Scroll the panes together, aligned on matched passages">
          <input
            type="checkbox"
            checked={p.prefs.scrollSync}
            onChange={(e) => p.setPrefs({ scrollSync: e.target.checked })}
            data-testid="scroll-sync"
          />{' '}
          Sync scroll
        </label>
        <label title="Shade what no other open article reports">
          <input
            type="checkbox"
            checked={p.prefs.showUnique}
            onChange={(e) => p.setPrefs({ showUnique: e.target.checked })}
            data-testid="show-unique"
          />{' '}
          Unique
        </label>
        <label>
          <input
            type="checkbox"
            checked={p.prefs.showDismissed}
            onChange={(e) => p.setPrefs({ showDismissed: e.target.checked })}
            data-testid="show-dismissed"
          />{' '}
          Dismissed
        </label>
        <button
          type="button"
          aria-label="A− smaller text"
          onClick={() => p.setPrefs({ fontSize: Math.max(12, p.prefs.fontSize - 1) })}
          data-testid="font-smaller"
        >
          A−
        </button>
        <button
          type="button"
          aria-label="A+ larger text"
          onClick={() => p.setPrefs({ fontSize: Math.min(32, p.prefs.fontSize + 1) })}
          data-testid="font-larger"
        >
          A+
        </button>
        <select
          aria-label="Theme"
          value={p.prefs.theme}
          onChange={(e) => p.setPrefs({ theme: e.target.value as Theme })}
          data-testid="theme"
        >
          <option value="system">System</option>
          <option value="light">Light</option>
          <option value="dark">Dark</option>
        </select>
      </div>
    </header>
  )
}

function AnalysisStatus({ analysis }: { analysis: AnalysisState }): React.JSX.Element {
  if (analysis.state === 'error')
    return (
      <span className="analysis-status error" role="alert" data-testid="analysis-progress">
        Analysis failed: {analysis.message}
      </span>
    )
  if (analysis.state === 'ready')
    return (
      <span className="analysis-status" data-testid="analysis-progress" data-state="ready">
        {analysis.findings.length} findings
      </span>
    )
  const pr = analysis.progress
  return (
    <span
      className="analysis-status"
      role="status"
      data-testid="analysis-progress"
      data-state="running"
    >
      <progress max={pr?.total || undefined} value={pr?.total ? pr.done : undefined} /> Analysing…
    </span>
  )
}
