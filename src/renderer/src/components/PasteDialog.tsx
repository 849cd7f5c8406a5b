import { useState } from 'react'
import { Modal } from './Modal'

type Props = { onImport: (text: string) => void; onClose: () => void }

/** Paste an article's text as a new library entry; the first line becomes its title. */
export function PasteDialog({ onImport, onClose }: Props): React.JSX.Element {
  const [text, setText] = useState('')
  return (
    <Modal
      labelledBy="paste-title"
      testId="paste-dialog"
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
        <h2 id="paste-title">Paste an article</h2>
        <p className="hint">
          The headline on the first line becomes the title. A leading date line is used as the date.
        </p>
        <textarea
          autoFocus
          rows={14}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-label="Article text"
          data-testid="paste-text"
        />
        <div className="modal-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="primary"
            disabled={!text.trim()}
            onClick={() => onImport(text)}
          >
            Import
          </button>
        </div>
    </Modal>
  )
}
