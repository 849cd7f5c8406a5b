import { newBriefingSpec } from '../../../shared/briefing-spec'
import type { BriefingSection, BriefingSpec } from '../../../shared/contract'
import type { Grade } from '../../../shared/model'

export const SECTION_LABEL: Record<BriefingSection, string> = {
  summary: 'Executive summary',
  sources: 'Sources table',
  agree: 'Where the sources agree',
  disagree: 'Where they disagree',
  annotations: 'Annotations',
  appendix: 'Appendix: full citations'
}

/** The grade as the exporter filters on it: "B2", "C", "3", or "ungraded". */
export const gradeKey = (g?: Grade): string =>
  `${g?.reliability ?? ''}${g?.credibility ?? ''}` || 'ungraded'

/** A new briefing over these articles, every section in the usual order. */
export const newSpec = (articles: string[]): BriefingSpec => newBriefingSpec(articles)
