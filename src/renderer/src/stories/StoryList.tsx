import type { Story } from '../../../shared/model'
import './stories.css'
import { counted } from '../../../shared/text/count'

type Props = {
  stories: Story[]
  current: string | null
  onOpen: (id: string | null) => void
}

/** The sidebar's stories: name, articles and conflicts; choosing one filters the library. */
export function StoryList({ stories, current, onOpen }: Props): React.JSX.Element | null {
  const many = stories.filter((s) => s.articles.length > 1)
  const alone = stories.length - many.length
  if (stories.length === 0) return null
  return (
    <nav className="story-list" aria-label="Stories" data-testid="story-list">
      <div className="story-list-head">
        <span>Stories</span>
        {current && (
          <button type="button" onClick={() => onOpen(null)} data-testid="story-clear">
            All articles
          </button>
        )}
      </div>
      <ul>
        {many.map((s) => (
          <li key={s.id}>
            <button
              type="button"
              className={`story-item${s.id === current ? ' current' : ''}`}
              aria-current={s.id === current}
              onClick={() => onOpen(s.id)}
              data-testid="story-item"
              data-story-id={s.id}
            >
              <span className="story-name">{s.name}</span>
              <span className="story-counts">
                {counted(s.articles.length, 'article')}
                {Boolean(s.conflicts) && (
                  <span className="story-conflicts" title="Claims the articles disagree on">
                    {' '}
                    · {counted(s.conflicts ?? 0, 'conflict')}
                  </span>
                )}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {alone > 0 && (
        <p className="story-alone">
          {counted(alone, 'article')} on {alone === 1 ? 'its' : 'their'} own
        </p>
      )}
    </nav>
  )
}
