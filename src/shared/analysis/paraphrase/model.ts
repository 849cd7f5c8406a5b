import { clauseAdded } from './edited-copy'
import { FEATURE_NAMES, pairFeatures, tokensOf, type FeatureName } from './pair-features'
import { WEIGHTS } from './weights'

const W = FEATURE_NAMES.map((n) => WEIGHTS[n])
const I = (n: FeatureName): number => FEATURE_NAMES.indexOf(n)

/** What the model says of a sentence pair: the chance it states the same fact. */
export type ParaphraseJudgement = {
  /** Logistic-regression probability (trained on the MSRP train split's dev half). */
  p: number
  /** Distinct content words both sentences hold. */
  aligned: number
  /** Near word-for-word: an edited copy, which overlap shows, not a paraphrase. */
  verbatim: boolean
  /** Too little is shared for the pair to be a fact at all, whatever p says. */
  veto?: 'names-only' | 'too-few-words'
}

/** At least this many aligned content words make a paraphrase worth showing. */
export const MIN_ALIGNED = 4

/**
 * The pair decision is the model's: numbers, negation and modality that disagree are features
 * it weighs (trained on labelled pairs), not vetoes stacked on top of it, so p is the honest
 * chance and one threshold (MIN_P) decides. Only a pair sharing nothing but names, or fewer
 * than four content words, is refused outright: that is a shared topic, not a shared fact.
 */
export function judgeParaphrase(a: string, b: string): ParaphraseJudgement {
  const f = pairFeatures(a, b)
  const z = f.x.reduce((s, v, i) => s + v * (W[i] as number), 0)
  const p = 1 / (1 + Math.exp(-z))
  const v = (n: FeatureName): number => f.x[I(n)] as number
  // A copy whose figures or polarity changed is a conflict, never "the same sentence". An
  // edited copy is either close throughout, or the shorter sentence whole with a clause added
  // to it (at least half the longer's length, so a headline inside a lead is not a copy).
  const verbatim =
    !v('numbersDiffer') &&
    !v('negationDiffers') &&
    ((v('contentLcs') >= 0.75 && v('charTrigrams') >= 0.8) ||
      (v('contentLcs') >= 0.85 &&
        v('lcsMax') >= 0.85 &&
        v('lengthRatio') >= 0.5 &&
        clauseAdded(tokensOf(a), tokensOf(b))))
  const veto = f.namesOnly ? 'names-only' : f.aligned < MIN_ALIGNED ? 'too-few-words' : undefined
  return { p, aligned: f.aligned, verbatim, ...(veto ? { veto } : {}) }
}
