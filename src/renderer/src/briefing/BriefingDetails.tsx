import type { BriefingSpec } from '../../../shared/contract'

type Details = Pick<BriefingSpec, 'title' | 'author' | 'marking' | 'paper' | 'summary'>

/** Title, author, marking, paper size and the executive summary. */
export function BriefingDetails({
  spec,
  onChange
}: {
  spec: Details
  onChange: (patch: Partial<Details>) => void
}): React.JSX.Element {
  const field = (key: 'title' | 'author' | 'marking', label: string, hint?: string) => (
    <label className="bf-field">
      {label}
      <input
        value={spec[key]}
        onChange={(e) => onChange({ [key]: e.target.value })}
        placeholder={hint}
        data-testid={`bf-${key}`}
      />
    </label>
  )
  return (
    <>
      {field('title', 'Title')}
      {field('author', 'Author')}
      {field('marking', 'Classification or handling marking', 'e.g. OFFICIAL-SENSITIVE (optional)')}
      <label className="bf-field">
        Paper
        <select
          value={spec.paper}
          onChange={(e) => onChange({ paper: e.target.value as BriefingSpec['paper'] })}
        >
          <option value="a4">A4</option>
          <option value="letter">US Letter</option>
        </select>
      </label>
      <label className="bf-field">
        Executive summary (Markdown)
        <textarea
          rows={6}
          value={spec.summary}
          onChange={(e) => onChange({ summary: e.target.value })}
          data-testid="bf-summary"
        />
      </label>
    </>
  )
}
