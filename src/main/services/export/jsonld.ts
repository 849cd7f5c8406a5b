import type { Annotation } from '../../../shared/model'
import { gradeText } from '../../../shared/grade'
import type { Briefing, BriefingStory } from './briefing'

const urn = (kind: string, id: string): string => `urn:parallax:${kind}:${id}`

/**
 * The chosen annotations as a W3C Web Annotation `AnnotationCollection` (JSON-LD), with every
 * item on one embedded page. The note is a commenting TextualBody in Markdown, each tag a
 * tagging body, the colour's meaning and the grade classifying bodies; the target keeps both
 * selectors exactly as stored.
 */
export function toJsonLd(b: Briefing): string {
  const byId = new Map(b.sources.map((s) => [s.id, s]))
  const items = b.annotations.map((a) => annotation(a, b, byId.get(a.article)?.url ?? ''))
  return `${JSON.stringify(
    {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: urn('briefing', b.date),
      type: 'AnnotationCollection',
      label: b.title,
      ...(b.author ? { creator: { type: 'Person', name: b.author } } : {}),
      total: items.length,
      first: { id: urn('briefing-page', '1'), type: 'AnnotationPage', startIndex: 0, items },
      ...(b.stories.length ? { 'urn:parallax:stories': b.stories.map(storyLd) } : {})
    },
    null,
    2
  )}\n`
}

/**
 * A story's timeline and claim table. The Web Annotation vocabulary has no term for them, so
 * they sit under a full IRI key, which JSON-LD processors keep as it is.
 */
const storyLd = (st: BriefingStory): object => ({
  name: st.name,
  timeline: st.timeline.map((m) => ({
    when: m.when,
    outlet: m.outlet,
    title: m.title,
    source: m.cite
  })),
  claims: st.claims.map((c) => ({
    claim: c.claim,
    status: c.status,
    values: Object.fromEntries(
      c.cells.flatMap((cell, i) => (cell ? [[st.outlets[i] ?? String(i), cell]] : []))
    )
  }))
})

function annotation(a: Annotation, b: Briefing, url: string): object {
  const colour = b.palette.find((p) => p.id === a.body.color)
  const grade = gradeText(a.body.grade)
  const body: object[] = [
    ...(a.body.note
      ? [
          {
            type: 'TextualBody',
            purpose: 'commenting',
            format: 'text/markdown',
            value: a.body.note
          }
        ]
      : []),
    ...a.body.tags.map((t) => ({ type: 'TextualBody', purpose: 'tagging', value: t })),
    { type: 'TextualBody', purpose: 'classifying', value: colour?.name ?? a.body.color },
    ...(grade ? [{ type: 'TextualBody', purpose: 'assessing', value: `grade ${grade}` }] : [])
  ]
  const [quote, position] = a.target.selector
  return {
    id: urn('annotation', a.id),
    type: 'Annotation',
    motivation: a.body.note ? 'commenting' : 'highlighting',
    created: a.created,
    modified: a.modified,
    body,
    target: {
      source: url || urn('article', a.article),
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: quote.exact,
          prefix: quote.prefix,
          suffix: quote.suffix
        },
        { type: 'TextPositionSelector', start: position.start, end: position.end }
      ]
    }
  }
}
