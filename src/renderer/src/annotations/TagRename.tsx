import { useState } from 'react'
import type { TagCount } from '../../../shared/model'

type Props = { tag: string; known: TagCount[]; onRename: (to: string) => Promise<void> }

/** Renames the filtered tag on every annotation; naming an existing tag merges the two. */
export function TagRename({ tag, known, onRename }: Props): React.JSX.Element {
  const [to, setTo] = useState('')
  const merging = known.some((k) => k.tag === to.trim().toLowerCase() && k.tag !== tag)
  return (
    <form
      className="tag-rename"
      onSubmit={(e) => {
        e.preventDefault()
        if (to.trim()) void onRename(to.trim()).then(() => setTo(''))
      }}
    >
      <label>
        Rename “{tag}” to
        <input
          list="ann-rename-tags"
          value={to}
          onChange={(e) => setTo(e.target.value)}
          data-testid="tag-rename-input"
        />
      </label>
      <datalist id="ann-rename-tags">
        {known.map((k) => (
          <option key={k.tag} value={k.tag} />
        ))}
      </datalist>
      <button type="submit" disabled={!to.trim()} data-testid="tag-rename-button">
        {merging ? 'Merge' : 'Rename'}
      </button>
    </form>
  )
}
