import { useState } from 'react'
import type { Credibility, Grade, Reliability } from '../../../shared/model'
import { CREDIBILITY, formatGrade, RELIABILITY } from './grade'

type Props = {
  grade: Grade | undefined
  /** Saves the new grade (null clears it). */
  onChange: (g: Grade | null) => Promise<void>
  /** "source" on an article, "claim" on an annotation. */
  of: 'source' | 'claim'
}

/**
 * An Admiralty grade, reliability A-F and credibility 1-6, shown as "B2". While a change is
 * being saved the new value shows and the pickers wait, so two quick changes never race.
 */
export function GradePicker({ grade: saved, onChange, of }: Props): React.JSX.Element {
  // What the analyst chose last, shown until the saved grade (reloaded after the change, or
  // changed by an undo) comes back; while a change is in flight the pickers wait.
  const [local, setLocal] = useState<{ grade: Grade; saved: string } | null>(null)
  const [busy, setBusy] = useState(false)
  const savedKey = JSON.stringify(saved ?? {})
  const fresh = local && local.saved === savedKey ? local.grade : null
  const grade = fresh ?? saved ?? {}
  const set = async (g: Grade): Promise<void> => {
    setLocal({ grade: g, saved: savedKey })
    setBusy(true)
    await onChange(g.reliability === undefined && g.credibility === undefined ? null : g)
    setBusy(false)
  }
  return (
    <div
      className="grade-picker"
      role="group"
      aria-label={`Grade of the ${of}`}
      data-testid={`grade-${of}`}
    >
      <span className="grade-chip" title="Admiralty grade" data-testid="grade-value">
        {formatGrade(grade) || 'Ungraded'}
      </span>
      <select
        aria-label="Source reliability"
        value={grade.reliability ?? ''}
        disabled={busy}
        onChange={(e) =>
          void set({
            ...grade,
            reliability: (e.target.value || undefined) as Reliability | undefined
          })
        }
        data-testid="grade-reliability"
      >
        <option value="">Reliability –</option>
        {RELIABILITY.map((r) => (
          <option key={r.value} value={r.value}>
            {r.label}
          </option>
        ))}
      </select>
      <select
        aria-label="Information credibility"
        value={grade.credibility ?? ''}
        disabled={busy}
        onChange={(e) =>
          void set({
            ...grade,
            credibility: e.target.value ? (Number(e.target.value) as Credibility) : undefined
          })
        }
        data-testid="grade-credibility"
      >
        <option value="">Credibility –</option>
        {CREDIBILITY.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  )
}
