import { FEATURE_NAMES, pairFeatures } from './pair-features'
import { WEIGHTS } from './weights'

const W = FEATURE_NAMES.map((n) => WEIGHTS[n])

/** What the model says of a sentence pair: the chance it states the same fact, and why not. */
export type ParaphraseJudgement = {
  /** Logistic-regression probability (trained on the MSRP train split's dev half). */
  p: number
  /** Distinct content words both sentences hold. */
  aligned: number
  /** Near word-for-word: an edited copy, which overlap shows, not a paraphrase. */
  verbatim: boolean
  /** A reason the pair cannot be the same fact, whatever p says. */
  veto?: 'numbers' | 'negation' | 'modality' | 'names-only' | 'too-few-words'
}

/** At least this many aligned content words make a paraphrase worth showing. */
export const MIN_ALIGNED = 4

export function judgeParaphrase(a: string, b: string): ParaphraseJudgement {
  const f = pairFeatures(a, b)
  const at = (n: (typeof FEATURE_NAMES)[number]): number => f.x[FEATURE_NAMES.indexOf(n)] as number
  const z = f.x.reduce((s, v, i) => s + v * (W[i] as number), 0)
  const p = 1 / (1 + Math.exp(-z))
  // A copy whose figures or polarity changed is a conflict, never "the same sentence".
  const verbatim =
    at('orderedLcs') >= 0.75 &&
    at('charTrigrams') >= 0.8 &&
    !at('numbersDiffer') &&
    !at('negationDiffers')
  const veto = at('numbersDiffer')
    ? 'numbers'
    : at('negationDiffers')
      ? 'negation'
      : at('modalityDiffers')
        ? 'modality'
        : f.namesOnly
          ? 'names-only'
          : f.aligned < MIN_ALIGNED
            ? 'too-few-words'
            : undefined
  return { p, aligned: f.aligned, verbatim, ...(veto ? { veto } : {}) }
}
