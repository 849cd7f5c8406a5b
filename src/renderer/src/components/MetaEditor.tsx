import { useState } from 'react'
import type { Article, ArticlePatch } from '../../../shared/model'

type Props = {
  article: Article
  onSave: (patch: ArticlePatch) => Promise<string | null>
  onClose: () => void
}

const FIELDS: [keyof ArticlePatch, string][] = [
  ['title', 'Title'],
  ['source', 'Source'],
  ['date', 'Date (YYYY-MM-DD)'],
  ['published', 'Published at (YYYY-MM-DDTHH:MM, then +07:00 or Z if known)'],
  ['updated', 'Updated at (same form, or a date)'],
  ['author', 'Author'],
  ['url', 'URL']
]

/** Edits the inferred metadata in place. The error from main, if any, is shown inline. */
export function MetaEditor({ article, onSave, onClose }: Props): React.JSX.Element {
  const [draft, setDraft] = useState<ArticlePatch>(() =>
    Object.fromEntries(FIELDS.map(([k]) => [k, article[k]]))
  )
  const [error, setError] = useState<string | null>(null)
  const save = async (e: React.FormEvent): Promise<void> => {
    e.preventDefault()
    const message = await onSave(draft)
    if (message) setError(message)
    else onClose()
  }
  return (
    <form
      className="meta-editor"
      onSubmit={save}
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
      data-testid="meta-editor"
    >
      {FIELDS.map(([key, label]) => (
        <label key={key}>
          <span>{label}</span>
          <input
            value={draft[key] ?? ''}
            onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
            autoFocus={key === 'title'}
          />
        </label>
      ))}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="modal-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="primary">
          Save
        </button>
      </div>
    </form>
  )
}
