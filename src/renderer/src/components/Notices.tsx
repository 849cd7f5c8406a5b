import { useState } from 'react'

/** Start-up notices (a recovered store, a restored backup) that the user must see once. */
export function Notices({ notices }: { notices: string[] }): React.JSX.Element | null {
  const [hidden, setHidden] = useState(false)
  if (hidden || notices.length === 0) return null
  return (
    <div className="notice" role="alert" data-testid="notices">
      {notices.map((n) => (
        <p key={n}>{n}</p>
      ))}
      <button type="button" onClick={() => setHidden(true)}>
        Dismiss
      </button>
    </div>
  )
}
