import { memo } from 'react'
import type { Annotation } from '../../../shared/model'
import { AnchorBadge } from './AnnotationEditor'
import { formatGrade } from './grade'

type Props = {
  a: Annotation
  index: number
  selected: boolean
  /** The article's title, when the list spans several articles. */
  article: string | null
  restore: boolean
  onActivate: (a: Annotation) => void
  onKey: (e: React.KeyboardEvent, index: number) => void
}

/**
 * One annotation in the sidebar list: colour bar, quote, grade, tags, note mark, anchoring.
 * Memoised, so scrolling renders only the rows that come into view.
 */
export const AnnotationRow = memo(function AnnotationRow(p: Props): React.JSX.Element {
  const { a } = p
  const grade = formatGrade(a.body.grade)
  return (
    <button
      type="button"
      className={`ann-row${p.selected ? ' selected' : ''}`}
      onClick={() => p.onActivate(a)}
      onKeyDown={(e) => p.onKey(e, p.index)}
      data-testid="annotation-item"
      data-annotation-id={a.id}
      data-color={a.body.color}
      data-status={a.anchor.status}
    >
      <span className={`ann-bar ann-color-${a.body.color}`} aria-hidden="true" />
      <span className="ann-row-text">
        <span className="ann-row-quote">{a.target.selector[0].exact}</span>
        <span className="ann-row-meta">
          {grade && <span className="grade-chip">{grade}</span>}
          {a.body.tags.map((t) => (
            <span key={t} className="tag small">
              {t}
            </span>
          ))}
          {a.body.note && <span title="Has a note">✎</span>}
          <AnchorBadge a={a} />
          {p.article && <span className="muted">{p.article}</span>}
          {p.restore && <span className="restore-label">Restore</span>}
        </span>
      </span>
    </button>
  )
})
