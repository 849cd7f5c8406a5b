import type { AnalysisScope } from '../../../shared/contract'
import type { StoryShare } from './story-spread'

type Props = {
  shares: StoryShare[]
  /** Why the last move failed, if it did. */
  error: string | null
  scope: AnalysisScope
  titleOf: (id: string) => string
  onScope: (s: AnalysisScope) => void
  /** Moves an article into the story of another one. */
  onMove: (article: string, into: StoryShare) => void
}

/**
 * Says why articles of different stories show no findings between them, and offers the two
 * ways out: compare them anyway, or move one into the other's story (both by keyboard).
 */
export function StoryScopeNotice({ shares, error, scope, titleOf, onScope, onMove }: Props) {
  const [first, ...rest] = shares
  if (!first || rest.length === 0) return null
  const named = (s: StoryShare): string => (s.name ? `“${s.name}”` : 'a story of its own')
  const title = (id: string): string => {
    const t = titleOf(id)
    return t.length > 40 ? `${t.slice(0, 39)}…` : t
  }
  if (scope === 'all-pairs')
    return (
      <div className="scope-notice" role="status" data-testid="scope-notice">
        <p>
          Compared across {shares.length} stories at your request: a finding between articles about
          different events may not hold.
        </p>
        <button type="button" onClick={() => onScope('stories')} data-testid="scope-stories">
          Compare within stories only
        </button>
      </div>
    )
  const others = rest.flatMap((s) => s.articles)
  return (
    <div className="scope-notice" role="status" data-testid="scope-notice">
      <p>
        These articles are in different stories: {shares.map(named).join(' and ')}. Parallax
        compares articles within one story only, since findings between two events are almost always
        false.
      </p>
      <div className="scope-actions">
        <button type="button" onClick={() => onScope('all-pairs')} data-testid="scope-anyway">
          Compare anyway
        </button>
        {others.map((id) => (
          <button
            type="button"
            key={id}
            onClick={() => onMove(id, first)}
            data-testid="scope-move"
            title="Use this when they report the same event; Ctrl+Z takes it back"
          >
            Move “{title(id)}” into {named(first)}
          </button>
        ))}
      </div>
      {error && <p role="alert">{error}</p>}
    </div>
  )
}
