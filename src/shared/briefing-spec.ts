import { briefingSections, type BriefingSpec } from './contract'

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
  sections: [...briefingSections],
  summary: '',
  paper: 'a4',
  ...patch
})
