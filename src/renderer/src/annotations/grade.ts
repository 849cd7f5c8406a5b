import { gradeText } from '../../../shared/grade'
import type { Credibility, Grade, Reliability } from '../../../shared/model'

export const RELIABILITY: { value: Reliability; label: string }[] = [
  { value: 'A', label: 'A · completely reliable' },
  { value: 'B', label: 'B · usually reliable' },
  { value: 'C', label: 'C · fairly reliable' },
  { value: 'D', label: 'D · not usually reliable' },
  { value: 'E', label: 'E · unreliable' },
  { value: 'F', label: 'F · reliability cannot be judged' }
]

export const CREDIBILITY: { value: Credibility; label: string }[] = [
  { value: 1, label: '1 · confirmed by other sources' },
  { value: 2, label: '2 · probably true' },
  { value: 3, label: '3 · possibly true' },
  { value: 4, label: '4 · doubtful' },
  { value: 5, label: '5 · improbable' },
  { value: 6, label: '6 · truth cannot be judged' }
]

/** "B2", "B–" or "–2" when half is set, "" when nothing is. */
export const formatGrade = (g: Grade | undefined): string => gradeText(g, '–')
