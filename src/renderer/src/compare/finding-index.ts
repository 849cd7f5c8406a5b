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

export const KINDS: FindingKind[] = ['contradiction', 'overlap', 'paraphrase', 'duplicate']

export const KIND_LABEL: Record<FindingKind, string> = {
  contradiction: 'Contradictions',
  overlap: 'Overlap',
  paraphrase: 'Paraphrase',
  duplicate: 'Repeated passages'
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

/** The placements covering a character offset, narrowest first (the most specific finding). */
export function placementsAt(placed: readonly Placed[], offset: number): Placed[] {
  return placed
    .filter((p) => p.passage.start <= offset && offset < p.passage.end)
    .sort((x, y) => x.passage.end - x.passage.start - (y.passage.end - y.passage.start))
}

/** Findings the reader shows: hidden kinds and (unless asked) dismissed findings are left out. */
export function visibleFindings(
  findings: readonly Finding[],
  decisions: ReadonlyMap<string, FindingDecision>,
  hiddenKinds: readonly FindingKind[],
  showDismissed: boolean
): Finding[] {
  return findings.filter(
    (f) =>
      !hiddenKinds.includes(f.kind) &&
      (showDismissed || decisions.get(f.id)?.status !== 'dismissed')
  )
}

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
      KINDS.indexOf(x.kind) - KINDS.indexOf(y.kind) ||
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
  const covered = placementsIn(article, findings)
    .filter(
      (p) =>
        (p.finding.kind === 'overlap' || p.finding.kind === 'paraphrase') &&
        p.counterpart.article !== article
    )
    .map((p) => p.passage)
  return sentences.filter((s) => !covered.some((c) => c.start < s.end && s.start < c.end))
}
