import { useState } from 'react'
import type { DecisionInput } from '../../../shared/contract'
import type { AnnotationLink, Article, Finding, FindingDecision } from '../../../shared/model'
import { formatTime } from '../../../shared/published'
import { DiffView } from './DiffView'

type Props = {
  findings: Finding[]
  current: Finding
  decision: FindingDecision | undefined
  articles: Map<string, Article>
  onPick: (f: Finding) => void
  onDecide: (f: Finding, d: DecisionInput) => Promise<string | null>
  onClose: () => void
  /** The link a confirmation made, shown so the analyst sees the claim it became. */
  link?: AnnotationLink
}

/** The detail of one finding: what it is, why, the word diff, both sources, and the verdict. */
export function FindingCard({
  findings,
  current: f,
  decision,
  articles,
  onPick,
  onDecide,
  onClose,
  link
}: Props): React.JSX.Element {
  const [dismissing, setDismissing] = useState(false)
  const [reason, setReason] = useState('')
  const [comment, setComment] = useState(decision?.comment ?? '')
  const [error, setError] = useState<string | null>(null)
  const decide = async (d: DecisionInput): Promise<void> => {
    setError(await onDecide(f, { ...d, comment: comment || undefined }))
    setDismissing(false)
  }
  const source = (id: string): string => {
    const a = articles.get(id)
    return a ? [a.source || a.title, formatTime(a.date)].filter(Boolean).join(', ') : id
  }
  return (
    <section
      className="finding-card"
      aria-label="Finding"
      data-testid="finding-card"
      data-finding-id={f.id}
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      {findings.length > 1 && (
        <div className="card-tabs" role="tablist" aria-label="Findings at this passage">
          {findings.map((x) => (
            <button
              key={x.id}
              type="button"
              role="tab"
              aria-selected={x.id === f.id}
              data-kind={x.kind}
              onClick={() => onPick(x)}
            >
              {x.kind}: {x.subtype}
            </button>
          ))}
        </div>
      )}
      <header className="card-head">
        <span className="kind-chip" data-kind={f.kind} data-testid="finding-kind">
          {f.kind} · {f.subtype}
        </span>
        <span className="score" title="Score">
          {Math.round(f.score * 100)}%
        </span>
        {decision && decision.status !== 'open' && (
          <span className={`status status-${decision.status}`}>{decision.status}</span>
        )}
        <button type="button" className="link" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      <p className="explanation" data-testid="finding-explanation">
        {f.explanation}
      </p>
      {f.group && (
        <table className="group-values" data-testid="finding-group">
          <caption>{f.group.label}: what each article reports</caption>
          <tbody>
            {f.group.values.map((v) => (
              <tr key={`${v.article}:${v.start}`}>
                <th scope="row">{source(v.article)}</th>
                <td>{v.value}</td>
                <td>{v.date ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <DiffView diff={f.diff} />
      {link && (
        <p className="finding-link" data-testid="finding-link">
          Recorded as a <strong>{link.relation}</strong> link
          {[link.from, link.to].some((e) => e.type === 'annotation')
            ? ', shown on your annotations here.'
            : ' between these passages.'}
        </p>
      )}
      <dl className="sources">
        <dt>A</dt>
        <dd>{source(f.a.article)}</dd>
        <dt>B</dt>
        <dd>{source(f.b.article)}</dd>
      </dl>
      <textarea
        rows={2}
        placeholder="Comment"
        aria-label="Comment on this finding"
        value={comment}
        onChange={(e) => setComment(e.target.value)}
        data-testid="finding-comment"
      />
      {dismissing ? (
        <div className="card-actions">
          <input
            autoFocus
            placeholder="Reason (optional)"
            aria-label="Reason for dismissing"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            data-testid="dismiss-reason"
          />
          <button
            type="button"
            className="danger"
            onClick={() => void decide({ status: 'dismissed', reason: reason || undefined })}
            data-testid="dismiss-confirm"
          >
            Dismiss
          </button>
          <button type="button" className="link" onClick={() => setDismissing(false)}>
            Cancel
          </button>
        </div>
      ) : (
        <div className="card-actions">
          <button
            type="button"
            className="primary"
            onClick={() => void decide({ status: 'confirmed' })}
            data-testid="confirm-finding"
          >
            Confirm
          </button>
          <button type="button" onClick={() => setDismissing(true)} data-testid="dismiss-finding">
            Dismiss…
          </button>
          <button
            type="button"
            onClick={() => void decide({ status: decision?.status ?? 'open' })}
            disabled={comment === (decision?.comment ?? '')}
            data-testid="save-comment"
          >
            Save comment
          </button>
        </div>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  )
}
