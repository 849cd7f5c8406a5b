import type { ArticleId, Finding } from '../../model'
import type { Engine, EngineDoc } from '../engine'
import { align, type Alignment } from './align'
import { toFinding, worthReporting } from './classify'
import { featuresOf, type Features } from './features'
import { SeedCollector } from './seeds'
import { ShingleIndex } from './shingle-index'
import { kindOrder } from '../kinds'

/**
 * Shingles held by more postings than this are stock phrases or boilerplate ("told reporters on
 * Monday", a site's sign-up line) and never seed a match. A constant, not a share of the library,
 * so the work per added article stays flat as the library grows. The cost: a passage copied into
 * more than 40 articles is matched among the first 40 added only; a shingle's count is read when
 * an article is added and earlier matches are not revisited.
 */
export const MAX_DF = 40

/** Shingles in at most this many places count as rare evidence on their own. */
const RARE_DF = 4

type Match = { x: Features; y: Features; al: Alignment; finding?: Finding }

/**
 * The overlap engine: identical, near-identical and shared-quote passages across articles, and
 * passages repeated inside one. Adding a document fingerprints it, looks its fingerprints up in
 * the shingle index, and aligns it against only the documents that share one; everything else
 * is untouched. Findings are built (and diffed) on first request and then kept.
 */
export class OverlapEngine implements Engine {
  private index = new ShingleIndex()
  private byId = new Map<ArticleId, Features>()
  private byNum: (Features | undefined)[] = []
  /** Matches keyed by the later-added document's number, then its partner's. */
  private matches = new Map<number, Map<number, Match[]>>()
  private partners = new Map<number, Set<number>>()
  private seeds = new SeedCollector()

  add(doc: EngineDoc): void {
    if (this.byId.has(doc.id)) this.remove(doc.id)
    const f = featuresOf(this.byNum.length, doc)
    this.byNum.push(f)
    this.byId.set(doc.id, f)
    this.collectSeeds(f)
    for (const num of this.seeds.partners) {
      if (!this.seeds.promising(num)) continue
      const other = this.byNum[num] as Features
      const found = this.alignPair(f, other)
      if (!found.length) continue
      const mine = this.matches.get(f.num) ?? new Map<number, Match[]>()
      this.matches.set(f.num, mine.set(num, found))
      this.link(f.num, num)
    }
  }

  remove(id: ArticleId): void {
    const f = this.byId.get(id)
    if (!f) return
    this.byId.delete(id)
    this.byNum[f.num] = undefined
    for (const h of f.fpHashes) this.index.release(h)
    for (const other of this.partners.get(f.num) ?? []) {
      this.matches.get(other)?.delete(f.num)
      this.partners.get(other)?.delete(f.num)
    }
    this.matches.delete(f.num)
    this.partners.delete(f.num)
  }

  findings(ids?: ArticleId[]): Finding[] {
    const wanted = ids && new Set(ids.map((id) => this.byId.get(id)?.num ?? -1))
    const out: Finding[] = []
    for (const [num, byPartner] of this.matches) {
      if (wanted && !wanted.has(num)) continue
      for (const [other, list] of byPartner) {
        if (wanted && !wanted.has(other)) continue
        for (const m of list) out.push((m.finding ??= toFinding(m.x, m.y, m.al)))
      }
    }
    return out.sort(
      (p, q) => kindOrder(p.kind) - kindOrder(q.kind) || q.score - p.score || (p.id < q.id ? -1 : 1)
    )
  }

  /** Bytes held by the index's typed arrays, for the bench. */
  indexBytes(): number {
    return this.index.bytes()
  }

  /** Looks each fingerprint up, collecting seeds per earlier document, then indexes it. */
  private collectSeeds(f: Features): void {
    const { index, seeds } = this
    seeds.reset()
    const { fpHashes, fpPositions } = f
    for (let k = 0; k < fpHashes.length; k++) {
      const h = fpHashes[k] as number
      const p = fpPositions[k] as number
      const df = index.count(h)
      if (df < MAX_DF)
        for (let n = index.first(h); n !== -1; n = index.next(n)) {
          const doc = index.doc(n)
          if (this.byNum[doc] && (doc !== f.num || index.position(n) !== p))
            seeds.push(doc, p, index.position(n), df <= RARE_DF)
        }
      index.add(h, f.num, p, MAX_DF)
    }
  }

  private alignPair(f: Features, other: Features): Match[] {
    // Align in article-id order so the result does not depend on which was added first.
    const flip = other !== f && other.doc.id < f.doc.id
    const x = flip ? other : f
    const y = flip ? f : other
    const found = align(x, y, this.seeds.sorted(other.num, flip))
    const out: Match[] = []
    for (const al of found) if (worthReporting(x, y, al)) out.push({ x, y, al })
    return out
  }

  private link(a: number, b: number): void {
    for (const [p, q] of [
      [a, b],
      [b, a]
    ] as const)
      (this.partners.get(p) ?? (this.partners.set(p, new Set()).get(p) as Set<number>)).add(q)
  }
}
