import type { AnnotationChoice, BriefingSection, BriefingSpec } from './contract'
import { BRIEFING_SECTIONS } from './vocabulary'
import { gradeKey } from './grade'
import type { Annotation } from './model'

/** Each section's heading, in the composer and in every exported format. */
export const SECTION_TITLES: Record<BriefingSection, string> = {
  summary: 'Executive summary',
  sources: 'Sources',
  agree: 'Where the sources agree',
  disagree: 'Where they disagree',
  annotations: 'Annotations',
  stories: 'Stories: timeline and claims',
  appendix: 'Appendix: full citations'
}

/**
 * A briefing over `articles` (empty: every live article) with every section in the usual
 * order, every annotation and the confirmed findings; `patch` overrides any field. The
 * composer, the command line and the tests all start from this one default.
 */
export const newBriefingSpec = (
  articles: string[] = [],
  patch: Partial<BriefingSpec> = {}
): BriefingSpec => ({
  title: 'Briefing',
  author: '',
  marking: '',
  articles,
  annotations: { tags: [], colors: [], grades: [], excluded: [] },
  includeFindings: true,
  groupBy: 'tag',
  sections: [...BRIEFING_SECTIONS],
  summary: '',
  paper: 'a4',
  ...patch
})

/** Whether an annotation passes the choice's tags, colours and grades (each empty list: any). */
export const matchesChoice = (a: Annotation, c: AnnotationChoice): boolean =>
  (!c.tags.length || a.body.tags.some((t) => c.tags.includes(t))) &&
  (!c.colors.length || c.colors.includes(a.body.color)) &&
  (!c.grades.length || c.grades.includes(gradeKey(a.body.grade)))

/** Whether an annotation goes into the briefing: it matches, and was not unticked by hand. */
export const isChosen = (a: Annotation, c: AnnotationChoice): boolean =>
  !c.excluded.includes(a.id) && matchesChoice(a, c)
