import type { Grade } from './model'

/**
 * An Admiralty grade as text, "B2". A half that is not set is written as `gap`: left out by
 * default ("B", "2"), as a dash where the reader shows it beside others ("B–"). Empty when
 * neither half is set.
 */
export function gradeText(g: Grade | undefined, gap = ''): string {
  if (!g || (g.reliability === undefined && g.credibility === undefined)) return ''
  return `${g.reliability ?? gap}${g.credibility ?? gap}`
}

/** The grade a briefing's grade choice names: "B2", "C", "3", or "ungraded". */
export const gradeKey = (g: Grade | undefined): string => gradeText(g) || 'ungraded'
