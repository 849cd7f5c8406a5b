import type { StoryEdit } from '../../model'

/** Groups after the analyst's edits, with the names they gave (by group index). */
export type EditedGroups = { groups: string[][]; names: Map<number, string> }

/**
 * Replays the analyst's edits, in order, over automatic groups. Articles absent from `groups`
 * (deleted since) are ignored. Pure, so the same edits give the same stories on any machine.
 */
export function applyEdits(groups: string[][], edits: readonly StoryEdit[]): EditedGroups {
  const groupOf = new Map<string, number>()
  groups.forEach((g, i) => g.forEach((id) => groupOf.set(id, i)))
  let next = groups.length
  const renames: { articles: string[]; name: string }[] = []
  for (const e of edits) {
    if (e.op === 'move' && groupOf.has(e.article)) {
      const to = e.with !== undefined ? groupOf.get(e.with) : undefined
      groupOf.set(e.article, to ?? next++)
    } else if (e.op === 'merge') {
      const a = groupOf.get(e.a)
      const b = groupOf.get(e.b)
      if (a !== undefined && b !== undefined)
        for (const [id, g] of groupOf) if (g === b) groupOf.set(id, a)
    } else if (e.op === 'split') {
      const group = next++
      for (const id of e.articles) if (groupOf.has(id)) groupOf.set(id, group)
    } else if (e.op === 'rename') renames.push(e)
  }
  const byGroup = new Map<number, string[]>()
  for (const [id, g] of groupOf) byGroup.set(g, [...(byGroup.get(g) ?? []), id])
  const out = [...byGroup.values()].map((g) => g.sort())
  out.sort((a, b) => ((a[0] as string) < (b[0] as string) ? -1 : 1))
  const names = new Map<number, string>()
  // A name goes to the group holding most of the articles it was given with; the latest wins.
  for (const r of renames) {
    const counts = new Map<number, number>()
    out.forEach((g, i) => counts.set(i, r.articles.filter((id) => g.includes(id)).length))
    const best = [...counts].sort((x, y) => y[1] - x[1] || x[0] - y[0])[0]
    if (best && best[1] * 2 > r.articles.filter((id) => groupOf.has(id)).length)
      names.set(best[0], r.name)
  }
  return { groups: out, names }
}
