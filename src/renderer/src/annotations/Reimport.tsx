import { useRef, useState } from 'react'
import type { ReimportReport } from '../../../shared/contract'
import { api } from '../api'
import { history } from '../undo/undo-stack'
import { counted } from '../../../shared/text/count'

type Props = {
  article: { id: string; title: string; text: string }
  /** The article text changed: reload it in the view. */
  onReplaced: () => void
}

type State =
  | { state: 'idle' }
  | { state: 'running' }
  | { state: 'done'; report: ReimportReport }
  | { state: 'error'; message: string }

const summary = (r: ReimportReport): string =>
  `Re-imported: ${r.exact} re-anchored exactly, ${r.fuzzy} fuzzily, ${r.orphans} need${r.orphans === 1 ? 's' : ''} attention.` +
  (r.findingOrphans
    ? ` ${counted(r.findingOrphans, 'passage')} of decided or linked findings could not be placed.`
    : '')

/**
 * Re-import an edited version of an article from a file. Its annotations are re-anchored and
 * the outcome is reported. Undo (Ctrl+Z) puts the previous text back and re-anchors again.
 */
export function Reimport({ article, onReplaced }: Props): React.JSX.Element {
  const input = useRef<HTMLInputElement>(null)
  const [status, setStatus] = useState<State>({ state: 'idle' })
  const run = async (file: File): Promise<void> => {
    const { id, title, text: before } = article
    setStatus({ state: 'running' })
    const data = new Uint8Array(await file.arrayBuffer())
    const r = await api.reimportArticle(id, { name: file.name, data })
    if (!r.ok) return setStatus({ state: 'error', message: r.error.message })
    const again = async (
      source: Parameters<typeof api.reimportArticle>[1]
    ): Promise<string | null> => {
      const x = await api.reimportArticle(id, source)
      onReplaced()
      return x.ok ? null : x.error.message
    }
    history.push({
      label: `Re-import ${title}`,
      undo: () => again({ pasted: before }),
      redo: () => again({ name: file.name, data })
    })
    setStatus({ state: 'done', report: r.value })
    onReplaced()
  }
  return (
    <span className="reimport">
      <button
        type="button"
        className="link"
        disabled={status.state === 'running'}
        onClick={() => input.current?.click()}
        title="Replace the text with an edited version; annotations are re-anchored"
        data-testid="reimport-button"
      >
        Re-import edited version…
      </button>
      <input
        ref={input}
        type="file"
        hidden
        accept=".txt,.md,.html,.htm,.docx,.pdf"
        onChange={(e) => {
          const f = e.target.files?.[0]
          e.target.value = ''
          if (f) void run(f)
        }}
        data-testid="reimport-input"
      />
      {status.state !== 'idle' && (
        <span className="reimport-status" role="status" data-testid="reimport-status">
          {status.state === 'running' && (
            <>
              <progress aria-label="Re-importing" /> Re-importing…
            </>
          )}
          {status.state === 'done' && summary(status.report)}
          {status.state === 'error' && <span className="error">{status.message}</span>}
        </span>
      )}
    </span>
  )
}
