import { newBriefingSpec } from '../../../shared/briefing-spec'
import type { BriefingSection, BriefingSpec } from '../../../shared/contract'

export const SECTION_LABEL: Record<BriefingSection, string> = {
  summary: 'Executive summary',
  sources: 'Sources table',
  agree: 'Where the sources agree',
  disagree: 'Where they disagree',
  annotations: 'Annotations',
  appendix: 'Appendix: full citations'
}

/** A new briefing over these articles, every section in the usual order. */
export const newSpec = (articles: string[]): BriefingSpec => newBriefingSpec(articles)
