/** B³ precision, recall and F1 of a clustering against gold classes (Bagga and Baldwin 1998). */
export type BCubed = { precision: number; recall: number; f1: number }

/**
 * Scores `groups` (article ids) against `gold` (article id → class). Per article: precision is
 * the share of its group in its class, recall the share of its class in its group; both are
 * averaged over the articles of `gold`. An article missing from `groups` counts as alone.
 */
export function bCubed(groups: string[][], gold: Map<string, string | number>): BCubed {
  const groupOf = new Map<string, string[]>()
  for (const g of groups) for (const id of g) if (gold.has(id)) groupOf.set(id, g)
  const classSize = new Map<string | number, number>()
  for (const c of gold.values()) classSize.set(c, (classSize.get(c) ?? 0) + 1)
  let p = 0
  let r = 0
  for (const [id, c] of gold) {
    const g = (groupOf.get(id) ?? [id]).filter((x) => gold.has(x))
    const same = g.filter((x) => gold.get(x) === c).length
    p += same / g.length
    r += same / (classSize.get(c) as number)
  }
  const n = gold.size || 1
  const precision = p / n
  const recall = r / n
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0
  return { precision, recall, f1 }
}
