import { useState } from 'react'
import type { ClaimCell } from '../../../shared/analysis/stories/claim-table'
import type { Story, StoryEditInput } from '../../../shared/model'
import { api } from '../api'
import { useResult } from '../hooks/useResult'
import { ClaimTable } from './ClaimTable'
import { Coverage } from './Coverage'
import { StoryTimeline } from './StoryTimeline'
import { history } from '../undo/undo-stack'
import { useHistory } from '../undo/useUndoKeys'
import './stories.css'

type Props = {
  id: string
  stories: Story[]
  /** Changes whenever the story may have changed, so it is opened again. */
  revision: string
  onEdit: (e: StoryEditInput) => Promise<void>
  onCompare: (ids: string[]) => void
  onOpenPassage: (cell: ClaimCell) => void
}

/** A story: its articles on a timeline, the claim table, coverage, and the analyst's edits. */
export function StoryView(p: Props): React.JSX.Element {
  const [detail] = useResult(() => api.openStory(p.id), `${p.id}#${p.revision}`)
  const [renaming, setRenaming] = useState<string | null>(null)
  // The app's one history: the button undoes what Ctrl+Z would, a story edit or not.
  const steps = useHistory()
  if (detail.state === 'loading') return <p className="status">Opening the story…</p>
  if (detail.state === 'error')
    return (
      <p className="status error" role="alert">
        {detail.message}
      </p>
    )
  const { story, timeline, table } = detail.value
  const others = p.stories.filter((s) => s.id !== story.id)
  const rename = async (): Promise<void> => {
    if (renaming?.trim()) await p.onEdit({ op: 'rename', articles: story.articles, name: renaming })
    setRenaming(null)
  }
  return (
    <section className="story-view" data-testid="story-view" aria-label={story.name}>
      <header className="story-head">
        {renaming === null ? (
          <h2 data-testid="story-title">{story.name}</h2>
        ) : (
          <form onSubmit={(e) => (e.preventDefault(), void rename())}>
            <input
              aria-label="Story name"
              value={renaming}
              autoFocus
              onChange={(e) => setRenaming(e.target.value)}
              data-testid="story-name-input"
            />
            <button type="submit">Rename</button>
          </form>
        )}
        <div className="story-actions">
          <button type="button" onClick={() => setRenaming(story.name)} data-testid="story-rename">
            Rename
          </button>
          <select
            aria-label="Merge with another story"
            value=""
            onChange={(e) => {
              const target = others.find((s) => s.id === e.target.value)
              if (target)
                void p.onEdit({
                  op: 'merge',
                  a: story.articles[0] ?? '',
                  b: target.articles[0] ?? ''
                })
            }}
            data-testid="story-merge"
          >
            <option value="">Merge with…</option>
            {others.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name} ({s.articles.length})
              </option>
            ))}
          </select>
          <button
            type="button"
            disabled={table.differ.length < 2}
            onClick={() => p.onCompare(table.differ)}
            title="Open the articles that differ most, side by side"
            data-testid="story-compare"
          >
            Compare {table.differ.length > 1 ? table.differ.length : ''}
          </button>
          <button
            type="button"
            disabled={!steps.undo || steps.busy}
            onClick={() => void history.undo()}
            title={steps.undo ? `Undo: ${steps.undo} (Ctrl+Z)` : 'Nothing to undo'}
            aria-label={steps.undo ? `Undo: ${steps.undo}` : 'Undo'}
            data-testid="story-undo"
          >
            Undo
          </button>
        </div>
      </header>
      <h3>Timeline</h3>
      <StoryTimeline story={story} timeline={timeline} others={others} onEdit={p.onEdit} />
      <h3>Claims</h3>
      <ClaimTable table={table} onOpenPassage={p.onOpenPassage} />
      <Coverage table={table} onOpenPassage={p.onOpenPassage} />
    </section>
  )
}
