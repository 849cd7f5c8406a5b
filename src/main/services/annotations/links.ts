import { randomBytes } from 'node:crypto'
import type {
  AnnotationLink,
  ArticleId,
  Finding,
  LinkEnd,
  LinkRelation,
  PassageRef
} from '../../../shared/model'
import { KINDS } from '../../../shared/analysis/kinds'
import { sideFits, sideOf } from '../../../shared/anchoring'
import { err, ok, type Result } from '../../../shared/result'
import type { Library } from '../library'

const endKey = (e: LinkEnd): string =>
  e.type === 'annotation' ? `an:${e.id}` : `f:${e.findingId}:${e.article}`

/**
 * Typed links between annotations and findings, kept in the library store (they span
 * articles, and there are few of them next to annotations). Links to a trashed annotation are
 * kept, so restoring the annotation brings its links back.
 */
export class Links {
  constructor(
    private readonly library: Library,
    /** Whether an annotation end exists and is not in the trash. */
    private readonly annotationExists: (article: ArticleId, id: string) => Promise<boolean>,
    /** The live annotation that overlaps a passage most, if any. */
    private readonly annotationOver: (p: PassageRef) => Promise<LinkEnd | null> = async () => null,
    private readonly now: () => Date = () => new Date()
  ) {}

  /** Links with either end in one of these articles. */
  list(articles: ArticleId[]): AnnotationLink[] {
    const wanted = new Set(articles)
    return this.library.store.data.links.filter((l) =>
      [l.from, l.to].some((e) => wanted.has(e.article))
    )
  }

  async create(
    relation: LinkRelation,
    from: LinkEnd,
    to: LinkEnd,
    finding?: string
  ): Promise<Result<AnnotationLink>> {
    if (endKey(from) === endKey(to))
      return err('invalid-argument', 'A passage cannot be linked to itself.')
    for (const e of [from, to]) {
      const problem = await this.checkEnd(e)
      if (problem) return err('not-found', problem)
    }
    const link: AnnotationLink = {
      id: `ln-${randomBytes(8).toString('hex')}`,
      relation,
      from,
      to,
      created: this.now().toISOString(),
      ...(finding ? { finding } : {})
    }
    return this.library.store.update((d) => (d.links.push(link), link), 'the link')
  }

  async remove(id: string): Promise<Result<boolean>> {
    if (!this.library.store.data.links.some((l) => l.id === id)) return ok(false)
    return this.library.store.update((d) => {
      d.links = d.links.filter((l) => l.id !== id)
      return true
    }, 'removing the link')
  }

  /**
   * Keeps the link that mirrors a confirmed finding in step with the decision. Each end is the
   * analyst's annotation on that passage when there is one (so the link shows on it in the
   * sidebar), else the finding's passage itself.
   */
  async syncFinding(f: Finding, confirmed: boolean): Promise<Result<unknown>> {
    const existing = this.library.store.data.links.find((l) => l.finding === f.id)
    if (confirmed && !existing) {
      const end = async (p: PassageRef): Promise<LinkEnd> =>
        (await this.annotationOver(p)) ??
        this.findingEnd(f.id, p, await this.library.readText(p.article))
      // The engine's suggestion turned into the analyst's claim.
      return this.create(KINDS[f.kind].relation, await end(f.a), await end(f.b), f.id)
    }
    if (!confirmed && existing) return this.remove(existing.id)
    return ok(null)
  }

  /** A finding's passage as a link end; a passage that left its text cannot become one. */
  findingEnd(findingId: string, p: PassageRef, text: string): LinkEnd {
    return { type: 'finding', findingId, ...sideOf(p, text) }
  }

  private async checkEnd(e: LinkEnd): Promise<string | null> {
    if (!this.library.meta(e.article)) return `No article with id ${e.article} is in the library.`
    if (e.type === 'annotation')
      return (await this.annotationExists(e.article, e.id))
        ? null
        : `The annotation ${e.id} does not exist, or is in the trash.`
    return sideFits(e, await this.library.readText(e.article))
      ? null
      : `The finding's passage does not match the text of article ${e.article}.`
  }
}
