import type { DecisionInput } from '../../shared/contract'
import type {
  ArticleId,
  Finding,
  FindingDecision,
  FindingSide,
  PassageRef
} from '../../shared/model'
import { sideOf } from '../../shared/anchoring'
import { err, ok, type Result } from '../../shared/result'
import type { Library } from './library'

/**
 * The analyst's verdicts on findings, keyed by the finding's stable id so they survive a
 * restart and a re-analysis. The finding comes from the analysis service, not from the caller;
 * its passages are kept as selectors, which a re-import re-anchors.
 */
export class Decisions {
  constructor(private readonly library: Library) {}

  /** Decisions on findings that touch any of these articles. */
  list(ids: ArticleId[]): FindingDecision[] {
    const wanted = new Set(ids)
    return Object.values(this.library.store.data.decisions).filter(
      (d) => wanted.has(d.a.article) || wanted.has(d.b.article)
    )
  }

  async decide(finding: Finding, input: DecisionInput): Promise<Result<FindingDecision>> {
    const a = await this.side(finding.a)
    const b = await this.side(finding.b)
    if (!a.ok) return a
    if (!b.ok) return b
    const decision: FindingDecision = {
      findingId: finding.id,
      status: input.status,
      ...(input.reason?.trim() ? { reason: input.reason.trim() } : {}),
      ...(input.comment?.trim() ? { comment: input.comment.trim() } : {}),
      at: new Date().toISOString(),
      kind: finding.kind,
      explanation: finding.explanation,
      a: a.value,
      b: b.value
    }
    return this.library.store.update((d) => {
      d.decisions[finding.id] = decision
      return decision
    }, 'your decision on the finding')
  }

  /** Forgets a decision (the finding shows as undecided again); used by undo. */
  async clear(findingId: string): Promise<Result<boolean>> {
    if (!this.library.store.data.decisions[findingId]) return ok(false)
    return this.library.store.update((d) => delete d.decisions[findingId], 'clearing the decision')
  }

  // The analysis ran on the stored texts, so a mismatch means the article changed since.
  private async side(p: PassageRef): Promise<Result<FindingSide>> {
    if (!this.library.meta(p.article))
      return err('not-found', `No article with id ${p.article} is in the library.`)
    const text = await this.library.readText(p.article)
    if (p.end > text.length || p.start >= p.end || text.slice(p.start, p.end) !== p.text)
      return err(
        'invalid-argument',
        `The finding's passage does not match the text of article ${p.article} at ${p.start}-${p.end}; analyse the articles again.`
      )
    return ok(sideOf(p, text))
  }
}
