import { useState } from 'react'
import type { TagCount } from '../../../shared/model'

type Props = { tags: string[]; known: TagCount[]; onChange: (tags: string[]) => void }

/** Tags as removable chips plus an input that autocompletes from every tag in the library. */
export function TagEditor({ tags, known, onChange }: Props): React.JSX.Element {
  const [draft, setDraft] = useState('')
  const add = (): void => {
    const t = draft.trim().toLowerCase()
    if (t && !tags.includes(t)) onChange([...tags, t])
    setDraft('')
  }
  return (
    <div className="tag-editor" data-testid="tag-editor">
      {tags.map((t) => (
        <span key={t} className="tag">
          {t}
          <button
            type="button"
            className="tag-remove"
            aria-label={`Remove tag ${t}`}
            onClick={() => onChange(tags.filter((x) => x !== t))}
          >
            ×
          </button>
        </span>
      ))}
      <input
        list="known-tags"
        value={draft}
        placeholder="Add a tag"
        aria-label="Add a tag"
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault()
            add()
          }
        }}
        data-testid="tag-input"
      />
      <datalist id="known-tags">
        {known
          .filter((k) => !tags.includes(k.tag))
          .map((k) => (
            <option key={k.tag} value={k.tag} />
          ))}
      </datalist>
    </div>
  )
}
