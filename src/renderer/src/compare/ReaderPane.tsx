import { forwardRef, memo } from 'react'
import type { Article } from '../../../shared/model'
import { whenText } from '../../../shared/published'
import { formatGrade } from '../annotations/grade'
import { OverviewGutter, type GutterMark } from './OverviewGutter'

type Props = {
  index: number
  article: Article | { id: string; error: string } | null
  marks: GutterMark[]
  canRemove: boolean
  onRemove: () => void
  onMarkClick: (findingId: string) => void
  onScroll: () => void
  /** Extra controls under the byline (re-import). */
  actions?: React.ReactNode
}

/**
 * One article in the comparison. The text is rendered once per article (memoised paragraphs)
 * and never rewritten: highlights are CSS Custom Highlights laid over it by offsets.
 */
export const ReaderPane = forwardRef<HTMLDivElement, Props>(function ReaderPane(p, scrollRef) {
  const a = p.article
  return (
    <section
      className="pane"
      data-testid="pane"
      data-pane-index={p.index}
      data-article-id={a?.id}
      aria-label={`Pane ${p.index + 1}`}
    >
      <header className="pane-head">
        <div className="pane-title">
          <span className="pane-number" aria-hidden="true">
            {p.index + 1}
          </span>
          <div>
            <h2 data-testid="pane-title">
              {a && 'title' in a ? a.title : a ? 'Could not open' : 'Opening…'}
            </h2>
            {a && 'title' in a && (
              <p className="byline">
                {[
                  a.source,
                  whenText(a),
                  `${a.wordCount.toLocaleString('en')} words`,
                  a.grade && `graded ${formatGrade(a.grade)}`
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
            )}
            {p.actions && <div className="pane-actions">{p.actions}</div>}
          </div>
        </div>
        {p.canRemove && (
          <button
            type="button"
            className="link"
            aria-label={`Close pane ${p.index + 1}`}
            onClick={p.onRemove}
            data-testid="remove-pane"
          >
            ×
          </button>
        )}
      </header>
      <div className="pane-body">
        <div
          ref={scrollRef}
          className="pane-scroll"
          tabIndex={0}
          onScroll={p.onScroll}
          data-testid="pane-scroll"
          data-annotation-scroll
        >
          {a && 'error' in a && <p className="status error">{a.error}</p>}
          {a && 'text' in a && <PaneText article={a} />}
        </div>
        <OverviewGutter marks={p.marks} onClick={p.onMarkClick} />
      </div>
    </section>
  )
})

/** The article's paragraphs; re-rendered only when the article itself changes. */
const PaneText = memo(function PaneText({ article }: { article: Article }) {
  return (
    <div
      className="pane-text article-text"
      data-pane-text
      data-annotatable
      data-article-id={article.id}
      lang={article.language || undefined}
    >
      {article.paragraphs.map((para) => (
        <p key={para.start} data-start={para.start} data-end={para.end}>
          {para.text}
        </p>
      ))}
    </div>
  )
})
