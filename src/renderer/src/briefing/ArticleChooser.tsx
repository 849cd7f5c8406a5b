import type { ArticleSummary } from '../../../shared/model'

type Props = { library: ArticleSummary[]; chosen: string[]; onChange: (ids: string[]) => void }

/** Which articles the briefing covers, in library order. */
export function ArticleChooser({ library, chosen, onChange }: Props): React.JSX.Element {
  const set = new Set(chosen)
  const toggle = (id: string): void =>
    onChange(library.map((a) => a.id).filter((x) => (x === id ? !set.has(x) : set.has(x))))
  return (
    <fieldset className="bf-articles">
      <legend>
        Articles ({chosen.length} of {library.length})
      </legend>
      <div className="bf-inline">
        <button type="button" onClick={() => onChange(library.map((a) => a.id))}>
          All
        </button>
        <button type="button" onClick={() => onChange([])}>
          None
        </button>
      </div>
      <ul>
        {library.map((a) => (
          <li key={a.id}>
            <label data-testid="bf-article">
              <input type="checkbox" checked={set.has(a.id)} onChange={() => toggle(a.id)} />
              <span className="bf-article-title">{a.title}</span>
              <span className="bf-muted">{[a.source, a.date].filter(Boolean).join(' · ')}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  )
}
