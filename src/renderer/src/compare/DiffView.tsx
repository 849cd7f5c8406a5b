import type { DiffPart } from '../../../shared/model'

/** The word diff from passage A to B: deletions (only in A) struck, insertions (only in B) marked. */
export function DiffView({ diff }: { diff: DiffPart[] }): React.JSX.Element {
  return (
    <p className="diff" data-testid="finding-diff">
      {diff.map((d, i) =>
        d.op === 'insert' ? (
          <ins key={i} title="Only in B">
            {d.text}
          </ins>
        ) : d.op === 'delete' ? (
          <del key={i} title="Only in A">
            {d.text}
          </del>
        ) : (
          <span key={i}>{d.text}</span>
        )
      )}
    </p>
  )
}
