import type { StoryDetail } from '../../../shared/model'
import { formatTime, whenText } from '../../../shared/published'
import type { BriefingStory, Citation } from './briefing'

/**
 * A story as the briefing prints it: its timeline and claim table as text, each article
 * cited by its number in the sources, each value with its time and citation.
 */
export function storySection(d: StoryDetail, cites: Map<string, Citation>): BriefingStory {
  const cite = (id: string): number => cites.get(id)?.n ?? 0
  // Columns of outlets that state none of the claims only widen a printed table.
  const columns = d.table.columns.filter((c) => d.table.rows.some((r) => r.cells[c.key]?.length))
  return {
    name: d.story.name,
    timeline: d.timeline.map((t) => ({
      when: whenText(t),
      outlet: t.source,
      title: t.title,
      cite: cite(t.id)
    })),
    // A column without an outlet is one article: its citation names it better than its title.
    outlets: columns.map((c) =>
      c.known ? c.outlet : `[${cite(c.articles[0] ?? '')}] unknown outlet`
    ),
    claims: d.table.rows.map((r) => ({
      claim: `${r.label} (${r.kind})`,
      status: r.status,
      cells: columns.map((c) =>
        (r.cells[c.key] ?? [])
          .map((x) => `${x.value}${x.time ? `, ${formatTime(x.time)}` : ''} [${cite(x.article)}]`)
          .join('; ')
      )
    }))
  }
}
