import type { DecisionInput } from '../../shared/contract'
import type { ArticleId, Finding, FindingDecision } from '../../shared/model'
import { err, ok, type Result } from '../../shared/result'
import type { Library } from './library'

/**
 * The analyst's verdicts on findings, keyed by the finding's stable id so they survive a
 * restart and a re-analysis. The finding itself comes from the renderer, so its passages are
 * checked against the stored texts before anything is kept.
 */
export class Decisions {
  constructor(private readonly library: Library) {}

  /** Decisions on findings that touch any of these articles. */
  list(ids: ArticleId[]): FindingDecision[] {
    const wanted = new Set(ids)
    return Object.values(this.library.store.data.decisions).filter(
      (d) => wanted.has(d.finding.a.article) || wanted.has(d.finding.b.article)
    )
  }

  async decide(finding: Finding, input: DecisionInput): Promise<Result<FindingDecision>> {
    const problem = await this.checkPassages(finding)
    if (problem) return err('invalid-argument', problem)
    const decision: FindingDecision = {
      findingId: finding.id,
      status: input.status,
      ...(input.reason?.trim() ? { reason: input.reason.trim() } : {}),
      ...(input.comment?.trim() ? { comment: input.comment.trim() } : {}),
      at: new Date().toISOString(),
      finding
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

  private async checkPassages(f: Finding): Promise<string | null> {
    for (const side of [f.a, f.b]) {
      if (!this.library.meta(side.article))
        return `No article with id ${side.article} is in the library.`
      const text = await this.library.readText(side.article)
      if (side.end > text.length || text.slice(side.start, side.end) !== side.text)
        return `The finding's passage does not match the text of article ${side.article} at ${side.start}-${side.end}.`
    }
    return null
  }
}
