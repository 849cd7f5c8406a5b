import { memo } from 'react'
import type { FindingKind } from '../../../shared/model'

/** A finding's place in a pane, as a fraction (0..1) of the pane's scroll height. */
export type GutterMark = {
  findingId: string
  kind: FindingKind
  top: number
  height: number
  active: boolean
}

/**
 * The scroll-bar overview: where the findings are in this article, click to jump. One click
 * handler serves every mark, and each mark is memoised, so a new selection re-renders only the
 * marks it adds or removes.
 */
export function OverviewGutter({
  marks,
  onClick
}: {
  marks: GutterMark[]
  onClick: (id: string) => void
}): React.JSX.Element {
  return (
    <div
      className="gutter"
      aria-label="Findings in this article"
      data-testid="gutter"
      onClick={(e) => {
        const id = (e.target as HTMLElement).closest<HTMLElement>('[data-finding-id]')?.dataset
          .findingId
        if (id) onClick(id)
      }}
    >
      {marks.map((m) => (
        <Mark key={`${m.active ? 'active-' : ''}${m.findingId}-${m.top}`} {...m} />
      ))}
    </div>
  )
}

const Mark = memo(function Mark(m: GutterMark) {
  return (
    <button
      type="button"
      tabIndex={-1}
      className={`gutter-mark${m.active ? ' active' : ''}`}
      data-kind={m.kind}
      style={{ top: `${m.top * 100}%`, height: `max(3px, ${m.height * 100}%)` }}
      title={m.kind}
      aria-label={`Jump to ${m.kind} finding`}
      data-finding-id={m.findingId}
      data-testid="gutter-mark"
    />
  )
})
