import { useState } from 'react'
import type { TagCount } from '../../../shared/model'

type Props = {
  tag: string
  known: TagCount[]
  onRename: (to: string) => Promise<void>
  /** Keeps ids and test ids apart when the library's and the annotations' forms are both shown. */
  scope?: 'ann' | 'library'
}

/** Renames the filtered tag everywhere; naming an existing tag merges the two. */
export function TagRename({ tag, known, onRename, scope = 'ann' }: Props): React.JSX.Element {
  const prefix = scope === 'ann' ? '' : `${scope}-`
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
          list={`${scope}-rename-tags`}
          value={to}
          onChange={(e) => setTo(e.target.value)}
          data-testid={`${prefix}tag-rename-input`}
        />
      </label>
      <datalist id={`${scope}-rename-tags`}>
        {known.map((k) => (
          <option key={k.tag} value={k.tag} />
        ))}
      </datalist>
      <button type="submit" disabled={!to.trim()} data-testid={`${prefix}tag-rename-button`}>
        {merging ? 'Merge' : 'Rename'}
      </button>
    </form>
  )
}
