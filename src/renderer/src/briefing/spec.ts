import { newBriefingSpec } from '../../../shared/briefing-spec'
import type { BriefingSpec } from '../../../shared/contract'

/** A new briefing over these articles, every section in the usual order. */
export const newSpec = (articles: string[]): BriefingSpec => newBriefingSpec(articles)
