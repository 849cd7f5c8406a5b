import { defaultPrefs, type Finding } from '../model'
import { DEV_JUDGEMENTS } from './calibration-table'

/**
 * A finding's score is the chance it is right: for kinds whose rules give no probability of
 * their own, the share of such findings a reader judged right on the dev split (Laplace-smoothed,
 * so a kind seen rarely sits near one half). Paraphrase scores are already the model's
 * probability and stay as they are.
 */
export function calibrated(f: Finding): Finding {
  if (f.kind === 'paraphrase') return f
  const row = DEV_JUDGEMENTS[`${f.kind}/${f.subtype === 'update' ? 'number' : f.subtype}`]
  if (!row) return f
  const score = Math.round(((row.right + 1) / (row.judged + 2)) * 100) / 100
  return score === f.score ? f : { ...f, score }
}

/** The reader's default: findings less likely than this to be right are hidden, and counted. */
export const DEFAULT_MIN_SCORE = defaultPrefs().minScore
