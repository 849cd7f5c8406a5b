import { useMemo, useState } from 'react'
import type {
  Annotation,
  AnnotationLink,
  Finding,
  LinkEnd,
  LinkEndRef,
  LinkRelation
} from '../../../shared/model'

export const RELATIONS: LinkRelation[] = ['corroborates', 'contradicts', 'duplicates', 'related']

type Props = {
  annotation: Annotation
  links: AnnotationLink[]
  /** Every loaded annotation (the scope and the far ends of links): what can be linked to. */
  byId: Map<string, Annotation>
  findings: Finding[]
  titles: Map<string, string>
  onLink: (relation: LinkRelation, to: LinkEndRef) => void
  onUnlink: (l: AnnotationLink) => void
  onFollow: (end: LinkEnd) => void
}

const clip = (s: string, n = 60): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s)
const isThis = (e: LinkEnd, a: Annotation): boolean => e.type === 'annotation' && e.id === a.id

/** The far end of a link as a line of text: the quote and the article it is in. */
export function describeEnd(
  e: LinkEnd,
  byId: Map<string, Annotation>,
  titles: Map<string, string>,
  max = 60
): string {
  const article = e.article
  const quote =
    e.type === 'annotation'
      ? (byId.get(e.id)?.target.selector[0].exact ?? '(in the trash)')
      : e.selector[0].exact
  return `“${clip(quote, max)}” · ${clip(titles.get(article) ?? article, 40)}`
}

/** Links shown at this end (each followable with one click), and a form to add one. */
export function LinkEditor(p: Props): React.JSX.Element {
  const [relation, setRelation] = useState<LinkRelation>('corroborates')
  const [target, setTarget] = useState('')
  const mine = p.links.filter((l) => isThis(l.from, p.annotation) || isThis(l.to, p.annotation))
  const [query, setQuery] = useState('')
  const all = useMemo(
    () => targets(p.annotation, [...p.byId.values()], p.findings),
    [p.annotation, p.byId, p.findings]
  )
  // A select of 5,000 options takes longer to build than a frame; show the best 40 matches.
  const q = query.trim().toLowerCase()
  const matching = q ? all.filter((o) => o.text.toLowerCase().includes(q)) : all
  const options = matching.slice(0, MAX_OPTIONS)
  const chosen = options.find((o) => o.key === target)
  return (
    <div className="ann-links" data-testid="annotation-links">
      <h4>Links</h4>
      {mine.length === 0 && <p className="muted">No links yet.</p>}
      <ul>
        {mine.map((l) => {
          const far = isThis(l.from, p.annotation) ? l.to : l.from
          return (
            <li key={l.id} data-testid="link-item" data-relation={l.relation}>
              <span className={`relation rel-${l.relation}`}>{l.relation}</span>
              <button
                type="button"
                className="link follow"
                onClick={() => p.onFollow(far)}
                title={`Go to ${describeEnd(far, p.byId, p.titles, 1000)}`}
                data-testid="follow-link"
              >
                {describeEnd(far, p.byId, p.titles)}
              </button>
              <button
                type="button"
                className="link"
                aria-label="Remove this link"
                onClick={() => p.onUnlink(l)}
              >
                ×
              </button>
            </li>
          )
        })}
      </ul>
      <input
        type="search"
        className="link-search"
        placeholder={`Find a passage to link (${all.length} to choose from)`}
        aria-label="Find a passage to link"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        data-testid="link-search"
      />
      <div className="link-form">
        <select
          aria-label="Relation"
          value={relation}
          onChange={(e) => setRelation(e.target.value as LinkRelation)}
          data-testid="link-relation"
        >
          {RELATIONS.map((r) => (
            <option key={r}>{r}</option>
          ))}
        </select>
        <select
          aria-label="Link to"
          value={target}
          onChange={(e) => setTarget(e.target.value)}
          data-testid="link-target"
        >
          <option value="">
            {matching.length > MAX_OPTIONS
              ? `Link to… (first ${MAX_OPTIONS} of ${matching.length})`
              : 'Link to…'}
          </option>
          {options.map((o) => (
            <option key={o.key} value={o.key}>
              {o.label(p.titles)}
            </option>
          ))}
        </select>
        <button
          type="button"
          disabled={!chosen}
          onClick={() => {
            if (chosen) p.onLink(relation, chosen.end)
            setTarget('')
          }}
          data-testid="link-add"
        >
          Link
        </button>
      </div>
    </div>
  )
}

const MAX_OPTIONS = 40

type Target = {
  key: string
  end: LinkEndRef
  /** What the search looks in. */
  text: string
  label: (titles: Map<string, string>) => string
}

/** Annotations in other articles first, then in this one, then passages of findings. */
function targets(a: Annotation, candidates: Annotation[], findings: Finding[]): Target[] {
  const out: Target[] = candidates
    .filter((c) => c.id !== a.id)
    .sort((x, y) => Number(x.article === a.article) - Number(y.article === a.article))
    .map((c) => ({
      text: c.target.selector[0].exact,
      key: c.id,
      end: { type: 'annotation', id: c.id, article: c.article },
      label: (t) =>
        `${clip(t.get(c.article) ?? c.article, 28)}: “${clip(c.target.selector[0].exact, 50)}”`
    }))
  for (const f of findings)
    for (const passage of [f.a, f.b])
      if (passage.article !== a.article)
        out.push({
          key: `${f.id}:${passage.article}`,
          end: { type: 'finding', findingId: f.id, article: passage.article },
          text: passage.text,
          label: (t) =>
            `Finding (${f.kind}) in ${clip(t.get(passage.article) ?? '', 24)}: “${clip(passage.text, 40)}”`
        })
  return out
}
