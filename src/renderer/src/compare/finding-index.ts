import { KINDS, kindOrder } from '../../../shared/analysis/kinds'
import type {
  ArticleId,
  Finding,
  FindingDecision,
  FindingKind,
  PassageRef
} from '../../../shared/model'

/** One side of a finding as it appears in one pane. */
export type Placed = {
  finding: Finding
  side: 'a' | 'b'
  passage: PassageRef
  counterpart: PassageRef
}

/** Every passage of every finding in one article, both sides of a duplicate included. */
export function placementsIn(article: ArticleId, findings: readonly Finding[]): Placed[] {
  const out: Placed[] = []
  for (const f of findings) {
    if (f.a.article === article) out.push({ finding: f, side: 'a', passage: f.a, counterpart: f.b })
    if (f.b.article === article) out.push({ finding: f, side: 'b', passage: f.b, counterpart: f.a })
  }
  return out.sort((x, y) => x.passage.start - y.passage.start)
}

// The longest passage of each placement list, so that a lookup knows how far back to look.
const longest = new WeakMap<readonly Placed[], number>()

/**
 * The placements covering a character offset, narrowest first (the most specific finding).
 * `placed` must be sorted by passage start (as placementsIn returns it): a binary search finds
 * the last passage starting at or before the offset, and only passages that could still reach
 * it (no further back than the longest passage) are checked, so hovering stays cheap with
 * thousands of findings.
 */
export function placementsAt(placed: readonly Placed[], offset: number): Placed[] {
  let reach = longest.get(placed)
  if (reach === undefined) {
    reach = placed.reduce((m, p) => Math.max(m, p.passage.end - p.passage.start), 0)
    longest.set(placed, reach)
  }
  let lo = 0
  let hi = placed.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((placed[mid] as Placed).passage.start <= offset) lo = mid + 1
    else hi = mid
  }
  const out: Placed[] = []
  for (let i = lo - 1; i >= 0; i--) {
    const p = placed[i] as Placed
    if (p.passage.start < offset - reach) break
    if (offset < p.passage.end) out.push(p)
  }
  return out.sort((x, y) => x.passage.end - x.passage.start - (y.passage.end - y.passage.start))
}

/**
 * Findings the reader shows: hidden kinds, findings less likely to be right than `minScore` and
 * (unless asked) dismissed findings are left out. A finding the analyst confirmed or commented
 * on stays, whatever its score.
 */
export function visibleFindings(
  findings: readonly Finding[],
  decisions: ReadonlyMap<string, FindingDecision>,
  hiddenKinds: readonly FindingKind[],
  showDismissed: boolean,
  minScore = 0
): Finding[] {
  return findings.filter(
    (f) =>
      !hiddenKinds.includes(f.kind) &&
      (f.score >= minScore || decisions.has(f.id)) &&
      (showDismissed || decisions.get(f.id)?.status !== 'dismissed')
  )
}

/** How many findings the score threshold alone hides. */
export const belowThreshold = (
  findings: readonly Finding[],
  decisions: ReadonlyMap<string, FindingDecision>,
  minScore: number
): number => findings.filter((f) => f.score < minScore && !decisions.has(f.id)).length

/** Findings ordered for j/k: by kind as listed, then by position in the first open article. */
export function readingOrder(
  findings: readonly Finding[],
  order: readonly ArticleId[],
  by: 'position' | 'score'
): Finding[] {
  const rank = (id: ArticleId): number => {
    const i = order.indexOf(id)
    return i < 0 ? order.length : i
  }
  const first = (f: Finding): PassageRef => (rank(f.a.article) <= rank(f.b.article) ? f.a : f.b)
  return [...findings].sort(
    (x, y) =>
      kindOrder(x.kind) - kindOrder(y.kind) ||
      (by === 'score' ? y.score - x.score : 0) ||
      rank(first(x).article) - rank(first(y).article) ||
      first(x).start - first(y).start
  )
}

/**
 * Spans of an article that no other open article reports: sentences untouched by any overlap
 * or paraphrase finding shared with a different article.
 */
export function uniqueSpans(
  article: ArticleId,
  sentences: readonly { start: number; end: number }[],
  findings: readonly Finding[]
): { start: number; end: number }[] {
  const covered = mergeSpans(
    placementsIn(article, findings)
      .filter((p) => KINDS[p.finding.kind].shared && p.counterpart.article !== article)
      .map((p) => p.passage)
  )
  // Each sentence is checked against the first merged span ending after its start: a binary
  // search instead of a scan over every finding (thousands of sentences times thousands).
  return sentences.filter((s) => {
    let lo = 0
    let hi = covered.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((covered[mid] as Span).end <= s.start) lo = mid + 1
      else hi = mid
    }
    const c = covered[lo]
    return !c || c.start >= s.end
  })
}

type Span = { start: number; end: number }

/** Spans sorted by start and merged where they overlap, so their ends increase too. */
function mergeSpans(spans: readonly Span[]): Span[] {
  const out: Span[] = []
  for (const s of [...spans].sort((x, y) => x.start - y.start)) {
    const last = out[out.length - 1]
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end)
    else out.push({ start: s.start, end: s.end })
  }
  return out
}
