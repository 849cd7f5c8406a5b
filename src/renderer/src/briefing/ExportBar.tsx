import { useState } from 'react'
import type { BriefingSpec, ExportFormat } from '../../../shared/contract'
import { api } from '../api'
import { download } from './download'

const FORMATS: { format: ExportFormat; label: string; hint: string }[] = [
  { format: 'pdf', label: 'PDF', hint: 'for printing and handing over' },
  { format: 'docx', label: 'Word', hint: 'DOCX, to edit further' },
  { format: 'html', label: 'HTML', hint: 'one self-contained page' },
  { format: 'md', label: 'Markdown', hint: 'plain text with formatting' },
  { format: 'jsonld', label: 'JSON-LD', hint: 'W3C Web Annotation collection' },
  { format: 'csv', label: 'CSV', hint: 'the chosen annotations, one per row' },
  { format: 'bundle', label: 'Bundle', hint: 'everything on these articles, to import elsewhere' }
]

/**
 * One button per format. In the desktop app the file goes through the save dialog; the browser
 * host has none and downloads it. A status line shows the export while it runs (PDF takes a
 * second or two) and says where it went, or why it failed.
 */
export function ExportBar({
  spec,
  disabled
}: {
  spec: BriefingSpec
  disabled: boolean
}): React.JSX.Element {
  const [status, setStatus] = useState<{ busy: boolean; text: string; error?: boolean }>({
    busy: false,
    text: ''
  })
  const run = async (format: ExportFormat, label: string): Promise<void> => {
    setStatus({ busy: true, text: `Exporting ${label}…` })
    const saved = await api.saveBriefing(spec, format)
    if (saved.ok) return setStatus({ busy: false, text: `Saved ${saved.value}` })
    if (saved.error.code === 'cancelled') return setStatus({ busy: false, text: 'Not saved.' })
    if (saved.error.code !== 'unsupported-format')
      return setStatus({ busy: false, text: saved.error.message, error: true })
    const file = await api.exportBriefing(spec, format)
    if (!file.ok) return setStatus({ busy: false, text: file.error.message, error: true })
    download(file.value)
    setStatus({ busy: false, text: `Downloaded ${file.value.name}` })
  }
  return (
    <div className="bf-export" role="group" aria-label="Export">
      <div className="bf-export-buttons">
        {FORMATS.map((f) => (
          <button
            key={f.format}
            type="button"
            title={f.hint}
            disabled={disabled || status.busy}
            onClick={() => void run(f.format, f.label)}
            data-testid={`export-${f.format}`}
          >
            {f.label}
          </button>
        ))}
      </div>
      <p
        role="status"
        className={status.error ? 'bf-status error' : 'bf-status'}
        data-testid="export-status"
      >
        {status.busy && <span className="bf-spinner" aria-hidden="true" />}
        {status.text}
      </p>
    </div>
  )
}
