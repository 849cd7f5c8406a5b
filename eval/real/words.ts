/** Plain word tools for the baselines: they must stay simple to be baselines. */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu
const STOP = new Set(
  'a an the of to in on at for by with and or but is are was were be been has have had it its this that these those as from he she they we you i his her their our said says will would could'.split(
    ' '
  )
)

export const wordsOf = (s: string): string[] => (s.toLowerCase().match(WORD) ?? []) as string[]

export const contentWords = (s: string): Set<string> =>
  new Set(wordsOf(s).filter((w) => !STOP.has(w)))

/** Jaccard similarity of two sentences' content words. */
export function jaccard(a: string, b: string): number {
  const x = contentWords(a)
  const y = contentWords(b)
  let inter = 0
  for (const w of x) if (y.has(w)) inter++
  const union = x.size + y.size - inter
  return union ? inter / union : 0
}

const NEGATION_CUE =
  /\b(?:not|no|never|none|nobody|nothing|neither|nor|without|denied|denies|deny|refused|failed)\b|n['’]t\b/i

export const hasNegation = (s: string): boolean => NEGATION_CUE.test(s)

/** The one-line negation baseline: one side negated, the other not, and half their words shared. */
export function negationCueBaseline(a: string, b: string): boolean {
  if (hasNegation(a) === hasNegation(b)) return false
  const x = contentWords(a)
  const y = contentWords(b)
  let inter = 0
  for (const w of x) if (y.has(w)) inter++
  return inter >= 0.5 * Math.min(x.size, y.size)
}
