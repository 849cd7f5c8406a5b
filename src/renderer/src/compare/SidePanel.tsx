import { useEffect, useState } from 'react'

type Props = {
  findings: React.ReactNode
  annotations: React.ReactNode
  undoBar: React.ReactNode
  annotationCount: number
  /** Changes when an annotation is picked, so its tab comes to the front. */
  annotationFocus: string | null
}

/** The reader's side panel: findings and annotations as two tabs, undo/redo always in reach. */
export function SidePanel(p: Props): React.JSX.Element {
  const [tab, setTab] = useState<'findings' | 'annotations'>('findings')
  useEffect(() => {
    // An annotation was picked in the text or created: show it.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (p.annotationFocus) setTab('annotations')
  }, [p.annotationFocus])
  return (
    <aside className="compare-side">
      <div className="side-tabs">
        <div className="side-tablist" role="tablist" aria-label="Side panel">
          <button
            type="button"
            role="tab"
            aria-selected={tab === 'findings'}
            onClick={() => setTab('findings')}
            data-testid="tab-findings"
          >
            Findings
          </button>
          <button
            type="button"
            role="tab"
            aria-selected={tab === 'annotations'}
            onClick={() => setTab('annotations')}
            data-testid="tab-annotations"
          >
            Annotations ({p.annotationCount})
          </button>
        </div>
        {p.undoBar}
      </div>
      {tab === 'findings' ? p.findings : p.annotations}
    </aside>
  )
}
