import type { ArticleSummary } from '../../../shared/model'
import { whenText } from '../../../shared/published'
import { Highlighted } from './Highlighted'

type Props = {
  article: ArticleSummary
  index: number
  top: number
  measure: (el: HTMLElement | null) => void
  active: boolean
  open: boolean
  selected: boolean
  onClick: (e: React.MouseEvent) => void
  onToggle: () => void
  /** The name of the article's story, when stories are known. */
  story?: string
}

/** One library row: checkbox, title (search matches marked), source · date · words, tags, marks. */
export function LibraryRow({
  article: a,
  index,
  top,
  measure,
  active,
  open,
  selected,
  onClick,
  onToggle,
  story
}: Props): React.JSX.Element {
  return (
    <div
      ref={measure}
      id={`article-${a.id}`}
      role="row"
      aria-selected={selected}
      aria-rowindex={index + 1}
      data-index={index}
      data-testid="article-row"
      data-article-id={a.id}
      className={`row${active ? ' active' : ''}${open ? ' open' : ''}${selected ? ' selected' : ''}`}
      style={{ transform: `translateY(${top}px)` }}
      onClick={onClick}
    >
      <span role="gridcell" className="row-cell">
        <input
          type="checkbox"
          tabIndex={-1}
          checked={selected}
          aria-label={`Select ${a.title}`}
          onClick={(e) => e.stopPropagation()}
          onChange={onToggle}
          data-testid="row-check"
        />
      </span>
      <div className="row-body" role="gridcell">
        <span className="row-title" data-testid="row-title">
          <Highlighted text={a.title} ranges={a.match?.titleRanges} />
        </span>
        <span className="row-meta">
          {[a.source, whenText(a), `${a.wordCount.toLocaleString('en')} words`]
            .filter(Boolean)
            .join(' · ')}
          {a.nearDuplicateOf && (
            <span className="badge warn" title="Most of its paragraphs are already in the library">
              near-duplicate
            </span>
          )}
          {Boolean(a.annotationCount) && (
            <span className="badge" title="Annotations">
              ✎ {a.annotationCount}
            </span>
          )}
          {Boolean(a.findingCount) && (
            <span className="badge" title="Findings">
              ◆ {a.findingCount}
            </span>
          )}
        </span>
        {story && (
          <span className="row-story" data-testid="row-story" title="Story">
            ▤ {story}
          </span>
        )}
        {a.tags.length > 0 && (
          <span className="row-tags">
            {a.tags.map((t) => (
              <span key={t} className="tag">
                {t}
              </span>
            ))}
          </span>
        )}
        {a.match?.snippet.text && (
          <span className="row-snippet" data-testid="row-snippet">
            <Highlighted text={a.match.snippet.text} ranges={a.match.snippet.ranges} />
          </span>
        )}
      </div>
    </div>
  )
}
