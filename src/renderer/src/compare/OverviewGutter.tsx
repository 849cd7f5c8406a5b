import type { FindingKind } from '../../../shared/model'

/** A finding's place in a pane, as a fraction (0..1) of the pane's scroll height. */
export type GutterMark = {
  findingId: string
  kind: FindingKind
  top: number
  height: number
  active: boolean
}

/** The scroll-bar overview: where the findings are in this article, click to jump. */
export function OverviewGutter({
  marks,
  onClick
}: {
  marks: GutterMark[]
  onClick: (id: string) => void
}): React.JSX.Element {
  return (
    <div className="gutter" aria-label="Findings in this article" data-testid="gutter">
      {marks.map((m) => (
        <button
          key={`${m.findingId}-${m.top}`}
          type="button"
          tabIndex={-1}
          className={`gutter-mark kind-${m.kind}${m.active ? ' active' : ''}`}
          style={{ top: `${m.top * 100}%`, height: `max(3px, ${m.height * 100}%)` }}
          title={m.kind}
          aria-label={`Jump to ${m.kind} finding`}
          onClick={() => onClick(m.findingId)}
          data-testid="gutter-mark"
        />
      ))}
    </div>
  )
}
