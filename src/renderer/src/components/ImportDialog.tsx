import { useEffect, useRef } from 'react'
import type { ImportRun } from '../hooks/useImport'
import { Modal } from './Modal'
import { counted } from '../../../shared/text/count'

type Props = { run: ImportRun; onCancel: () => void; onClose: () => void }

/** Progress while a batch imports, then a summary that lists every failure with its reason. */
export function ImportDialog({ run, onCancel, onClose }: Props): React.JSX.Element {
  const closeRef = useRef<HTMLButtonElement>(null)
  const imported = run.results.filter((r) => r.status === 'imported')
  const duplicates = run.results.filter((r) => r.status === 'duplicate')
  const failed = run.results.filter((r) => r.status === 'failed')
  const near = imported.filter((r) => r.status === 'imported' && r.nearDuplicateOf)
  useEffect(() => {
    if (run.finished) closeRef.current?.focus()
  }, [run.finished])
  const onKeyDown = (e: React.KeyboardEvent): void => {
    if (e.key === 'Escape') (run.finished ? onClose : onCancel)()
  }
  return (
    <Modal labelledBy="import-title" testId="import-dialog" onKeyDown={onKeyDown}>
      <h2 id="import-title">
        {run.finished ? (run.cancelled ? 'Import cancelled' : 'Import finished') : 'Importing…'}
      </h2>
      <progress max={run.total} value={run.done} aria-label="Import progress" />
      <p data-testid="import-count">
        {run.done} of {counted(run.total, 'file')}
        {!run.finished && run.current && (
          <>
            {' '}
            · <span className="current-file">{run.current}</span>
          </>
        )}
      </p>
      {run.finished && (
        <div data-testid="import-summary">
          <p>
            {imported.length} imported · {duplicates.length} already in the library ·{' '}
            {failed.length} failed
          </p>
          {near.length > 0 && (
            <p>{near.length} marked as near-duplicates of articles already in the library.</p>
          )}
          {duplicates.length > 0 && (
            <ul className="summary-list">
              {duplicates.map((d) => (
                <li key={d.name}>
                  <strong>{d.name}</strong>: duplicate of “{d.status === 'duplicate' ? d.title : ''}
                  ”
                </li>
              ))}
            </ul>
          )}
          {failed.length > 0 && (
            <ul className="summary-list failures" data-testid="import-failures">
              {failed.map((f) => (
                <li key={f.name}>
                  <strong>{f.name}</strong>: {f.status === 'failed' ? f.message : ''}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div className="modal-actions">
        {run.finished ? (
          <button ref={closeRef} type="button" onClick={onClose}>
            Close
          </button>
        ) : (
          <button type="button" onClick={onCancel} autoFocus>
            Cancel
          </button>
        )}
      </div>
    </Modal>
  )
}
