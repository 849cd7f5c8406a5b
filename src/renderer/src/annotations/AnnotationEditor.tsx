import { useEffect, useRef, useState } from 'react'
import type { Annotation, Finding, LinkEnd } from '../../../shared/model'
import { TagEditor } from '../components/TagEditor'
import { formatGrade } from './grade'
import { GradePicker } from './GradePicker'
import { LinkEditor } from './LinkEditor'
import { Markdown } from './Markdown'
import type { AnnotationsApi } from './useAnnotations'

type Props = {
  annotation: Annotation
  notes: AnnotationsApi
  /** Which field to focus on opening: the note (n) or the tag input (t). */
  focus: 'note' | 'tag' | null
  findings: Finding[]
  onFollow: (end: LinkEnd) => void
  onClose: () => void
}

/** Everything about one annotation: colour, tags, grade, Markdown note, links, delete. */
export function AnnotationEditor({
  annotation: a,
  notes,
  focus,
  findings,
  onFollow,
  onClose
}: Props): React.JSX.Element {
  const [editingNote, setEditingNote] = useState(focus === 'note')
  const [draft, setDraft] = useState(a.body.note)
  const box = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const field =
      focus === 'note' ? 'textarea' : focus === 'tag' ? '[data-testid="tag-input"]' : null
    if (field) box.current?.querySelector<HTMLElement>(field)?.focus()
  }, [focus, a.id])
  const saveNote = (): void => {
    if (draft !== a.body.note) void notes.update(a, { note: draft }, 'Edit note')
    setEditingNote(false)
  }
  const [quote] = a.target.selector
  return (
    <div className="ann-editor" ref={box} data-testid="annotation-editor" data-annotation-id={a.id}>
      <div className="card-head">
        <span className={`swatch ann-color-${a.body.color}`} aria-hidden="true" />
        <strong>{notes.palette.find((p) => p.id === a.body.color)?.name ?? a.body.color}</strong>
        {formatGrade(a.body.grade) && (
          <span className="grade-chip">{formatGrade(a.body.grade)}</span>
        )}
        <AnchorBadge a={a} />
        <button type="button" className="link" aria-label="Close the annotation" onClick={onClose}>
          ×
        </button>
      </div>
      <blockquote className="ann-quote">{quote.exact}</blockquote>
      <div className="ann-colors" role="group" aria-label="Colour">
        {notes.palette.map((p) => (
          <button
            key={p.id}
            type="button"
            className={`swatch-button ann-color-${p.id}`}
            aria-pressed={p.id === a.body.color}
            aria-label={p.name}
            title={p.name}
            onClick={() =>
              p.id !== a.body.color && void notes.update(a, { color: p.id }, 'Change colour')
            }
          />
        ))}
      </div>
      <TagEditor
        tags={a.body.tags}
        known={notes.tags}
        onChange={(tags) => void notes.update(a, { tags }, 'Edit tags')}
      />
      <GradePicker
        of="claim"
        grade={a.body.grade}
        onChange={(grade) => notes.update(a, { grade }, 'Grade')}
      />
      {editingNote ? (
        <div className="ann-note-edit">
          <textarea
            value={draft}
            rows={3}
            autoFocus
            placeholder="Note (Markdown). Ctrl+Enter saves."
            aria-label="Note"
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) saveNote()
              if (e.key !== 'Escape') return
              setDraft(a.body.note)
              setEditingNote(false)
            }}
            data-testid="note-input"
          />
          <button type="button" onClick={saveNote} data-testid="note-save">
            Save note
          </button>
        </div>
      ) : (
        <div className="ann-note">
          {a.body.note && <Markdown source={a.body.note} />}
          <button
            type="button"
            className="link"
            onClick={() => (setDraft(a.body.note), setEditingNote(true))}
            data-testid="note-edit"
          >
            {a.body.note ? 'Edit note' : 'Add a note (n)'}
          </button>
        </div>
      )}
      <LinkEditor
        annotation={a}
        links={notes.links}
        byId={notes.byId}
        findings={findings}
        titles={notes.titles}
        onLink={(relation, to) =>
          void notes.link(relation, { type: 'annotation', id: a.id, article: a.article }, to)
        }
        onUnlink={(l) => void notes.unlink(l)}
        onFollow={onFollow}
      />
      <div className="card-actions">
        <button
          type="button"
          className="danger"
          onClick={() => void notes.remove(a)}
          data-testid="annotation-delete"
        >
          Move to trash
        </button>
      </div>
    </div>
  )
}

/** How the annotation sits on the current text: exact, fuzzy (with its confidence), or lost. */
export function AnchorBadge({ a }: { a: Annotation }): React.JSX.Element | null {
  const { status, confidence } = a.anchor
  if (status === 'exact' && confidence >= 0.999) return null
  const pct = `${Math.round(confidence * 100)}%`
  return (
    <span
      className={`anchor-badge anchor-${status}`}
      data-testid="anchor-badge"
      title={`Re-anchored ${status}, confidence ${pct}`}
    >
      {status === 'orphan' ? 'needs attention' : `${status} ${pct}`}
    </span>
  )
}
