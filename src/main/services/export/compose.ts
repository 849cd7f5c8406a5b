import { isChosen } from '../../../shared/briefing-spec'
import type { BriefingSpec } from '../../../shared/contract'
import type {
  Annotation,
  AnnotationLink,
  ArticleMeta,
  FindingDecision,
  PaletteColor,
  StoryDetail
} from '../../../shared/model'
import { gradeText } from '../../../shared/grade'
import type { Briefing, Citation, NoteGroup, NoteItem } from './briefing'
import { annotationQuote, relations } from './relations'
import { storySection } from './story-section'

/** What a briefing is built from: the chosen articles and everything attached to them. */
export type ExportData = {
  articles: ArticleMeta[]
  /** Live annotations on those articles. */
  annotations: Annotation[]
  links: AnnotationLink[]
  decisions: FindingDecision[]
  palette: PaletteColor[]
  /** Stories of two or more of the chosen articles, each over those articles only. */
  stories?: StoryDetail[]
}

/** Resolves the spec against the data into the document every format lays out. */
export function composeBriefing(spec: BriefingSpec, data: ExportData, today: string): Briefing {
  const cites = new Map<string, Citation>(data.articles.map((m, i) => [m.id, citation(m, i + 1)]))
  const chosen = data.annotations.filter(
    (a) => cites.has(a.article) && isChosen(a, spec.annotations)
  )
  const decisions = spec.includeFindings
    ? data.decisions.filter(
        (d) => d.status === 'confirmed' && cites.has(d.a.article) && cites.has(d.b.article)
      )
    : []
  const { agree, disagree } = relations(decisions, data, cites)
  const count = (id: string, list: { touches: string[] }[]): number =>
    list.filter((x) => x.touches.includes(id)).length
  const findingTouches = decisions.map((d) => ({
    touches: [d.a.article, d.b.article]
  }))
  const noteTouches = chosen.map((a) => ({ touches: [a.article] }))
  return {
    title: spec.title.trim() || 'Untitled briefing',
    author: spec.author.trim(),
    marking: spec.marking.trim(),
    date: today,
    summary: spec.summary,
    sections: spec.sections,
    paper: spec.paper,
    groupBy: spec.groupBy,
    sources: [...cites.values()].map((c) => ({
      ...c,
      annotations: count(c.id, noteTouches),
      findings: count(c.id, findingTouches)
    })),
    agree,
    disagree,
    groups: groupNotes(chosen, spec.groupBy, data.palette, cites),
    stories: (data.stories ?? []).map((d) => storySection(d, cites)),
    annotations: chosen,
    palette: data.palette
  }
}

function citation(m: ArticleMeta, n: number): Citation {
  return {
    n,
    id: m.id,
    title: m.title,
    outlet: m.source,
    date: m.date,
    author: m.author,
    url: m.url,
    grade: gradeText(m.grade)
  }
}

function groupNotes(
  chosen: Annotation[],
  by: 'tag' | 'color',
  palette: PaletteColor[],
  cites: Map<string, Citation>
): NoteGroup[] {
  const groups = new Map<string, NoteGroup>()
  const add = (label: string, item: NoteItem, colorId?: string): void => {
    const g = groups.get(label) ?? { label, ...(colorId ? { colorId } : {}), items: [] }
    g.items.push(item)
    groups.set(label, g)
  }
  const ordered = [...chosen].sort(
    (x, y) =>
      (cites.get(x.article)?.n ?? 0) - (cites.get(y.article)?.n ?? 0) ||
      x.target.selector[1].start - y.target.selector[1].start
  )
  for (const a of ordered) {
    const quote = annotationQuote(a, cites)
    if (!quote) continue
    const colour = palette.find((p) => p.id === a.body.color)
    const item: NoteItem = {
      id: a.id,
      quote,
      note: a.body.note,
      tags: a.body.tags,
      meaning: colour?.name ?? a.body.color,
      colorId: a.body.color,
      grade: gradeText(a.body.grade),
      orphan: a.anchor.status === 'orphan'
    }
    if (by === 'color') add(item.meaning, item, item.colorId)
    else if (!a.body.tags.length) add('Untagged', item)
    else for (const t of a.body.tags) add(t, item)
  }
  const list = [...groups.values()]
  if (by === 'color')
    return list.sort(
      (x, y) =>
        palette.findIndex((p) => p.name === x.label) - palette.findIndex((p) => p.name === y.label)
    )
  return list.sort((x, y) =>
    x.label === 'Untagged' ? 1 : y.label === 'Untagged' ? -1 : x.label.localeCompare(y.label)
  )
}
