import { useEffect, useState } from 'react'
import type { BriefingSection, BriefingSpec } from '../../../shared/contract'
import type { ArticleSummary } from '../../../shared/model'
import { api } from '../api'
import { useResult } from '../hooks/useResult'
import { AnnotationChooser } from './AnnotationChooser'
import { ArticleChooser } from './ArticleChooser'
import { BriefingPreview } from './BriefingPreview'
import { ExportBar } from './ExportBar'
import { SectionOrder } from './SectionOrder'
import { BriefingDetails } from './BriefingDetails'
import { useComposerData } from './useComposerData'
import { loadDraft, saveDraft } from './draft'
import { usePreview } from './usePreview'

type Props = {
  /** Articles to start with (the library selection); all when empty. */
  initial: string[]
  onClose: () => void
}

/** The briefing composer: the form on the left, the live preview of the export on the right. */
export function BriefingComposer({ initial, onClose }: Props): React.JSX.Element {
  // The whole library, whatever search or Trash view the list behind was showing.
  const [rows] = useResult(() => api.listArticles({ sort: 'date' }), 'bf-library')
  if (rows.state !== 'ready')
    return (
      <div className="briefing" data-testid="briefing">
        <p className="bf-status" role="status">
          {rows.state === 'error' ? rows.message : 'Loading the library…'}
        </p>
      </div>
    )
  return <Composer live={rows.value} initial={initial} onClose={onClose} />
}

function Composer({
  live,
  initial,
  onClose
}: Props & { live: ArticleSummary[] }): React.JSX.Element {
  const [draft] = useState(() =>
    loadDraft(
      live.map((a) => a.id),
      initial
    )
  )
  const [spec, setSpec] = useState<Omit<BriefingSpec, 'sections'>>(draft.spec)
  const [order, setOrder] = useState<BriefingSection[]>(draft.order)
  const [included, setIncluded] = useState(new Set<BriefingSection>(draft.included))
  useEffect(() => saveDraft({ spec, order, included: [...included] }), [spec, order, included])
  const full: BriefingSpec = { ...spec, sections: order.filter((s) => included.has(s)) }
  const set = (patch: Partial<BriefingSpec>): void => setSpec((s) => ({ ...s, ...patch }))
  const data = useComposerData(spec.articles)
  const preview = usePreview(full)
  const titles = new Map(live.map((a) => [a.id, a.title]))
  return (
    <div className="briefing" data-testid="briefing">
      <header className="bf-toolbar">
        <button type="button" onClick={onClose} data-testid="close-briefing">
          ← Library
        </button>
        <h1>Briefing composer</h1>
        <ExportBar spec={full} disabled={!spec.articles.length} />
      </header>
      <div className="bf-body">
        <form
          className="bf-form"
          onSubmit={(e) => e.preventDefault()}
          aria-label="Compose the briefing"
        >
          <BriefingDetails spec={spec} onChange={set} />
          <fieldset>
            <legend>Sections</legend>
            <SectionOrder
              order={order}
              included={included}
              onOrder={setOrder}
              onToggle={(s) =>
                setIncluded(
                  (was) => new Set(was.has(s) ? [...was].filter((x) => x !== s) : [...was, s])
                )
              }
            />
          </fieldset>
          <ArticleChooser
            library={live}
            chosen={spec.articles}
            onChange={(articles) => set({ articles })}
          />
          {!spec.articles.length && (
            <p className="bf-status error">Choose at least one article to export.</p>
          )}
          <label className="bf-check">
            <input
              type="checkbox"
              checked={spec.includeFindings}
              onChange={(e) => set({ includeFindings: e.target.checked })}
              data-testid="bf-findings"
            />
            Include confirmed findings ({data.confirmed})
          </label>
          <AnnotationChooser
            annotations={data.annotations}
            palette={data.palette}
            titles={titles}
            choice={spec.annotations}
            groupBy={spec.groupBy}
            onChange={(a) => set({ annotations: a })}
            onGroupBy={(groupBy) => set({ groupBy })}
          />
        </form>
        <div className="bf-preview-wrap">
          {preview.error && (
            <p className="bf-status error" role="alert">
              {preview.error}
            </p>
          )}
          <BriefingPreview html={preview.html} busy={preview.busy} />
        </div>
      </div>
    </div>
  )
}
