import type { AnnotationChoice, BriefingSpec } from '../../../shared/contract'
import type { Annotation, PaletteColor } from '../../../shared/model'
import { matchesChoice } from '../../../shared/briefing-spec'
import { gradeKey } from '../../../shared/grade'

type Props = {
  annotations: Annotation[]
  palette: PaletteColor[]
  titles: Map<string, string>
  choice: AnnotationChoice
  groupBy: BriefingSpec['groupBy']
  onChange: (c: AnnotationChoice) => void
  onGroupBy: (g: BriefingSpec['groupBy']) => void
}

const toggle = (list: string[], v: string): string[] =>
  list.includes(v) ? list.filter((x) => x !== v) : [...list, v]

/** Which annotations go in: narrow by tag, colour and grade, then tick or untick by hand. */
export function AnnotationChooser(p: Props): React.JSX.Element {
  const c = p.choice
  const tags = [...new Set(p.annotations.flatMap((a) => a.body.tags))].sort()
  const colors = p.palette.filter((col) => p.annotations.some((a) => a.body.color === col.id))
  const grades = [...new Set(p.annotations.map((a) => gradeKey(a.body.grade)))].sort()
  const shown = p.annotations.filter((a) => matchesChoice(a, c))
  const chosen = shown.filter((a) => !c.excluded.includes(a.id)).length
  const chip = (label: string, on: boolean, flip: () => void, testId: string, swatch?: string) => (
    <button
      key={label}
      type="button"
      className="bf-chip"
      aria-pressed={on}
      onClick={flip}
      data-testid={testId}
    >
      {swatch && <span className="bf-swatch" style={{ background: swatch }} aria-hidden="true" />}
      {label}
    </button>
  )
  return (
    <fieldset className="bf-annotations">
      <legend>
        Annotations ({chosen} of {p.annotations.length} go in)
      </legend>
      <div className="bf-inline" role="radiogroup" aria-label="Group annotations by">
        Group by
        {(['tag', 'color'] as const).map((g) => (
          <label key={g}>
            <input
              type="radio"
              name="bf-group"
              checked={p.groupBy === g}
              onChange={() => p.onGroupBy(g)}
            />
            {g === 'tag' ? 'tag' : 'colour meaning'}
          </label>
        ))}
      </div>
      {tags.length > 0 && (
        <div className="bf-chips" role="group" aria-label="Only these tags">
          {tags.map((t) =>
            chip(
              `#${t}`,
              c.tags.includes(t),
              () => p.onChange({ ...c, tags: toggle(c.tags, t) }),
              'bf-tag'
            )
          )}
        </div>
      )}
      <div className="bf-chips" role="group" aria-label="Only these colours">
        {colors.map((col) =>
          chip(
            col.name,
            c.colors.includes(col.id),
            () => p.onChange({ ...c, colors: toggle(c.colors, col.id) }),
            'bf-color',
            col.color
          )
        )}
      </div>
      <div className="bf-chips" role="group" aria-label="Only these grades">
        {grades.map((g) =>
          chip(
            g,
            c.grades.includes(g),
            () => p.onChange({ ...c, grades: toggle(c.grades, g) }),
            'bf-grade'
          )
        )}
      </div>
      {p.annotations.length === 0 && (
        <p className="bf-muted">No annotation on the chosen articles yet.</p>
      )}
      <ul className="bf-picks">
        {shown.map((a) => (
          <li key={a.id}>
            <label data-testid="bf-annotation">
              <input
                type="checkbox"
                checked={!c.excluded.includes(a.id)}
                onChange={() => p.onChange({ ...c, excluded: toggle(c.excluded, a.id) })}
              />
              <span className={`bf-swatch ann-color-${a.body.color}`} aria-hidden="true" />
              <span className="bf-quote">“{clip(a.target.selector[0].exact)}”</span>
              <span className="bf-muted">{p.titles.get(a.article)?.slice(0, 40)}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  )
}

const clip = (s: string): string => (s.length > 120 ? `${s.slice(0, 119)}…` : s)
