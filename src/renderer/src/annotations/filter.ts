import type { Annotation } from '../../../shared/model'
import { formatGrade } from './grade'

/** What the sidebar list is narrowed to; empty strings mean "any". */
export type AnnotationFilter = { text: string; color: string; tag: string; grade: string }

export const noFilter: AnnotationFilter = { text: '', color: '', tag: '', grade: '' }

/**
 * The annotations matching every set criterion, in reading order (article, then position).
 * Text matches the quote, the note and the tags, case-insensitively. A grade filter of "B"
 * matches B1..B6, "2" matches A2..F2, "B2" only B2.
 */
export function filterAnnotations(all: readonly Annotation[], f: AnnotationFilter): Annotation[] {
  const q = f.text.trim().toLowerCase()
  const g = f.grade.trim().toUpperCase()
  return all
    .filter((a) => {
      if (f.color && a.body.color !== f.color) return false
      if (f.tag && !a.body.tags.includes(f.tag)) return false
      if (g && !gradeMatches(formatGrade(a.body.grade), g)) return false
      if (!q) return true
      const hay = `${a.target.selector[0].exact} ${a.body.note} ${a.body.tags.join(' ')}`
      return hay.toLowerCase().includes(q)
    })
    .sort(
      (x, y) =>
        x.article.localeCompare(y.article) ||
        x.target.selector[1].start - y.target.selector[1].start
    )
}

function gradeMatches(grade: string, wanted: string): boolean {
  if (!grade) return false
  if (/^[A-F]$/.test(wanted)) return grade[0] === wanted
  if (/^[1-6]$/.test(wanted)) return grade[1] === wanted
  return grade === wanted
}
