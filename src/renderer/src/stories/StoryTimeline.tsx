import { useState } from 'react'
import type { Story, StoryEditInput, TimelineEntry } from '../../../shared/model'
import { formatTime } from '../../../shared/published'

type Props = {
  story: Story
  timeline: TimelineEntry[]
  /** The other stories, as targets for a move. */
  others: Story[]
  onEdit: (e: StoryEditInput) => Promise<void>
}

/** When an entry was published (to the minute when known) and, if stated, last updated. */
function When({ t }: { t: TimelineEntry }): React.JSX.Element {
  const at = t.published || t.date
  return (
    <span className="timeline-when">
      {at ? (
        <time dateTime={at}>{formatTime(at)}</time>
      ) : (
        <time dateTime={t.importedAt}>imported {t.importedAt.slice(0, 10)}</time>
      )}
      {t.updated && (
        <time className="timeline-updated" dateTime={t.updated}>
          updated {formatTime(t.updated)}
        </time>
      )}
    </span>
  )
}

/**
 * The story's articles in time order. Each can be moved to another story; ticking some and
 * choosing Split takes them out into a story of their own (all by keyboard: Tab, Space, Enter).
 */
export function StoryTimeline({ story, timeline, others, onEdit }: Props): React.JSX.Element {
  const [picked, setPicked] = useState<string[]>([])
  const live = picked.filter((id) => timeline.some((t) => t.id === id))
  const canSplit = live.length > 0 && live.length < timeline.length
  const toggle = (id: string): void =>
    setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p, id]))
  const split = async (): Promise<void> => {
    await onEdit({ op: 'split', articles: live })
    setPicked([])
  }
  return (
    <>
      <ol className="story-timeline" data-testid="story-timeline">
        {timeline.map((t) => (
          <li key={t.id} data-testid="timeline-entry" data-article-id={t.id}>
            <input
              type="checkbox"
              checked={live.includes(t.id)}
              onChange={() => toggle(t.id)}
              aria-label={`Pick “${t.title}” to split off`}
              data-testid="timeline-pick"
            />
            <When t={t} />
            <span className="timeline-outlet">{t.source || 'Unknown outlet'}</span>
            <span className="timeline-title">{t.title}</span>
            <select
              aria-label={`Move “${t.title}” to another story`}
              value=""
              onChange={(e) => {
                const v = e.target.value
                if (!v) return
                const target = others.find((s) => s.id === v)
                void onEdit(
                  target
                    ? { op: 'move', article: t.id, with: target.articles[0] }
                    : { op: 'move', article: t.id }
                )
              }}
              data-testid="timeline-move"
            >
              <option value="">Move to…</option>
              <option value="alone">A story of its own</option>
              {others.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </li>
        ))}
      </ol>
      <div className="story-split">
        <button
          type="button"
          disabled={!canSplit}
          onClick={() => void split()}
          title={`Take the ticked articles out of “${story.name}” into a new story`}
          data-testid="story-split"
        >
          Split off {live.length || ''} {live.length === 1 ? 'article' : 'articles'}
        </button>
        {live.length > 0 && !canSplit && (
          <span className="story-empty"> Leave at least one article in this story.</span>
        )}
      </div>
    </>
  )
}
