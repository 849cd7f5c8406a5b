/** A proportion with its 95 % Wilson score interval, printed as "0.86 [0.71, 0.94] (31/36)". */
export type Rate = { k: number; n: number; p: number; lo: number; hi: number }

/** Wilson score interval: honest at small n and at 0 or 1, unlike the normal approximation. */
export function wilson(k: number, n: number, z = 1.96): Rate {
  if (n === 0) return { k, n, p: NaN, lo: NaN, hi: NaN }
  const p = k / n
  const d = 1 + (z * z) / n
  const c = (p + (z * z) / (2 * n)) / d
  const h = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / d
  return { k, n, p, lo: Math.max(0, c - h), hi: Math.min(1, c + h) }
}

export const fmt = (r: Rate): string =>
  r.n === 0
    ? '   -               (0/0)'
    : `${r.p.toFixed(2)} [${r.lo.toFixed(2)}, ${r.hi.toFixed(2)}] (${r.k}/${r.n})`

/** Binary classification figures over labelled pairs. */
export type Confusion = { tp: number; fp: number; tn: number; fn: number }

export function summary(c: Confusion): {
  precision: Rate
  recall: Rate
  accuracy: Rate
  f1: number
} {
  const precision = wilson(c.tp, c.tp + c.fp)
  const recall = wilson(c.tp, c.tp + c.fn)
  const accuracy = wilson(c.tp + c.tn, c.tp + c.fp + c.tn + c.fn)
  const f1 = c.tp ? (2 * c.tp) / (2 * c.tp + c.fp + c.fn) : 0
  return { precision, recall, accuracy, f1 }
}

export function confusion<T>(
  items: T[],
  gold: (t: T) => boolean,
  said: (t: T) => boolean
): Confusion {
  const c = { tp: 0, fp: 0, tn: 0, fn: 0 }
  for (const t of items) {
    const g = gold(t)
    const s = said(t)
    if (s && g) c.tp++
    else if (s) c.fp++
    else if (g) c.fn++
    else c.tn++
  }
  return c
}
