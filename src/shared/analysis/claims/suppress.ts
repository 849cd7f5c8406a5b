import type { Finding, PassageRef } from '../../model'
import { calibrated } from '../calibration'
import { KINDS } from '../kinds'

/** Share of an overlap's passages that a larger overlap must cover for it to be dropped. */
const COVERED = 0.5

const covers = (big: PassageRef, small: PassageRef, share: number): boolean => {
  if (big.article !== small.article) return false
  const inter = Math.min(big.end, small.end) - Math.max(big.start, small.start)
  return inter > 0 && inter >= share * (small.end - small.start)
}

/**
 * Drops each suppressible finding (a paraphrase) whose both sides are covered by one finding of
 * a covering kind (in either orientation), by the share its kind names in KINDS: an overlap
 * already shows the same passages more strongly, and passages that conflict are not "the same
 * fact".
 */
export function suppressCovered(findings: Finding[], covering: Finding[]): Finding[] {
  const byPair = new Map<string, Finding[]>()
  const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`)
  for (const f of covering) {
    if (KINDS[f.kind].covers === null) continue
    const k = pairKey(f.a.article, f.b.article)
    const list = byPair.get(k)
    if (list) list.push(f)
    else byPair.set(k, [f])
  }
  return findings.filter((p) => {
    if (!KINDS[p.kind].suppressible) return true
    const list = byPair.get(pairKey(p.a.article, p.b.article)) ?? []
    return !list.some((o) => {
      const share = KINDS[o.kind].covers ?? 1
      return (
        (covers(o.a, p.a, share) && covers(o.b, p.b, share)) ||
        (covers(o.b, p.a, share) && covers(o.a, p.b, share))
      )
    })
  })
}

/** Claims findings, strongest first (ties by id), however many engines produced them. */
const byScore = (p: Finding, q: Finding): number => q.score - p.score || (p.id < q.id ? -1 : 1)
const isClaim = (f: Finding): boolean => KINDS[f.kind].engine === 'claims'

/**
 * Joins the findings of several engines (overlap, paraphrase, contradiction), which may run in
 * separate threads: drops repeated ids, then each paraphrase that an overlap or contradiction
 * already covers. Overlap findings keep their engine's order; claims findings follow, strongest
 * first, so the result is the same however the engines were split. A pure post-step: the
 * engines never read each other's state.
 */
export function mergeFindings(lists: Finding[][]): Finding[] {
  const seen = new Set<string>()
  const all = dropCoveredOverlaps(
    lists.flat().filter((f) => (seen.has(f.id) ? false : (seen.add(f.id), true)))
  )
  const kept = all.some((f) => KINDS[f.kind].suppressible) ? suppressCovered(all, all) : all
  const scored = kept.map(calibrated)
  return [...scored.filter((f) => !isClaim(f)), ...scored.filter(isClaim).sort(byScore)]
}

const extent = (f: Finding): number => f.a.end - f.a.start + (f.b.end - f.b.start)

/**
 * One passage pair, one finding, for the kinds that two detectors may both report (KINDS
 * `dedupeCovered`: the word-run engine and the sentence aligner both see an edited copy): the
 * finding whose passages cover the other's (the larger one) is kept.
 */
export function dropCoveredOverlaps(findings: Finding[]): Finding[] {
  // Only findings on the same pair of articles can cover each other: bucket first, so the cost
  // is quadratic in one pair's findings, not in the library's.
  const byPair = new Map<string, Finding[]>()
  for (const f of findings) {
    if (!KINDS[f.kind].dedupeCovered) continue
    const k =
      f.a.article < f.b.article ? `${f.a.article}|${f.b.article}` : `${f.b.article}|${f.a.article}`
    const list = byPair.get(k)
    if (list) list.push(f)
    else byPair.set(k, [f])
  }
  const dropped = new Set<string>()
  for (const overlaps of byPair.values()) {
    if (overlaps.length < 2) continue
    for (const f of overlaps)
      for (const g of overlaps) {
        if (f === g || dropped.has(g.id)) continue
        const bigger = extent(g) > extent(f) || (extent(g) === extent(f) && g.id < f.id)
        const covered =
          (covers(g.a, f.a, COVERED) && covers(g.b, f.b, COVERED)) ||
          (covers(g.b, f.a, COVERED) && covers(g.a, f.b, COVERED))
        if (bigger && covered) {
          dropped.add(f.id)
          break
        }
      }
  }
  return dropped.size ? findings.filter((f) => !dropped.has(f.id)) : findings
}
