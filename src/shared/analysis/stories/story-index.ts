import { featureKey, knownFeatureId } from './feature-ids'
import { signatureOf, type Signature, type StoryDoc } from './features'
import type { ArticleFeatures } from './reading'

/** The knobs of grouping, tuned on the ECB+ dev topics only (scripts/eval-stories.ts). */
export type StoryParams = {
  /** The best link from a new article into a story must reach this similarity. */
  single: number
  /** ...and its mean similarity to all the story's articles this much. */
  average: number
  /** Below this cosine over names, the similarity is scaled down in proportion. */
  entity: number
  /** Articles published further apart than this many days are never one story. */
  maxDays: number
  /** Pseudo-documents behind every IDF, so a two-article library still weighs words sensibly. */
  prior: number
  /** Distinctive features per article used to look up candidates. */
  keys: number
  /** Features kept per article (the most distinctive when it arrives). */
  features: number
}

export const DEFAULT_PARAMS: StoryParams = {
  single: 0.12,
  average: 0.1,
  entity: 0.25,
  maxDays: 10,
  prior: 100,
  keys: 25,
  features: 120
}

// Recompute an article's weights once the library has grown or shrunk by this factor since.
const STALE_GROWTH = 1.25

/**
 * One article as the index keeps it, in a dense slot: feature ids sorted ascending, with raw
 * weights. Slots make a comparison two array reads instead of two string-keyed lookups.
 */
type Entry = {
  sig: ArticleFeatures
  ids: Int32Array
  tf: Float64Array
  entity: Uint8Array
  story: number
  /** Library size when `w` was computed. */
  n: number
  w: Float64Array
  norm: number
  entityNorm: number
}

/** How alike two articles are: over all features, and over the features that name things. */
export type Likeness = { all: number; entities: number }

/**
 * Incremental story detection. `add` compares the new article only with candidates sharing one
 * of its distinctive features (an inverted index), then joins it to the story it links to best,
 * starts a story of one, or merges the stories it bridges. Deterministic: the same articles
 * added in the same order give the same stories. Pure: no node, electron or DOM imports.
 */
export class StoryIndex {
  private slots: (Entry | undefined)[] = []
  private slotOf = new Map<string, number>()
  private freeSlots: number[] = []
  /** Feature id (feature-ids.ts) → 1 + this index's own id for it, 0 when never kept. */
  private local = new Int32Array(1024)
  private vocabSize = 0
  private df: number[] = []
  /** Feature id → slots of the articles that keep it. Removal is rare, so plain arrays. */
  private postings: number[][] = []
  private members = new Map<number, Set<string>>()
  private nextStory = 0
  private changes = 0
  /** Per slot, the last `add` that counted it as a candidate: dedup without a Set per call. */
  private seen = new Int32Array(64)
  private stamp = 0
  /** Feature id → 1 + its position in the article being placed, 0 otherwise. */
  private at = new Int32Array(1024)
  // The last comparison's cosine over names, read by `similarity` without allocating.
  private lastEntities = 0

  constructor(readonly params: StoryParams = DEFAULT_PARAMS) {}

  get size(): number {
    return this.slotOf.size
  }

  /** Changes with every add and remove: what was derived from the index before is stale. */
  get revision(): number {
    return this.changes
  }

  /** Adds (or replaces) an article and places it in a story. */
  add(doc: StoryDoc): void {
    if (this.slotOf.has(doc.id)) this.remove(doc.id)
    this.changes++
    const sig = signatureOf(doc)
    const order = this.distinctive(sig)
    const ids = order.map((k) => this.idOf(sig.fids[k] as number))
    const byId = order.map((_, k) => k).sort((x, y) => ids[x]! - ids[y]!)
    const e: Entry = {
      sig,
      ids: new Int32Array(byId.length),
      tf: new Float64Array(byId.length),
      entity: new Uint8Array(byId.length),
      story: -1,
      n: -1,
      w: new Float64Array(byId.length),
      norm: 0,
      entityNorm: 0
    }
    byId.forEach((k, i) => {
      const at = order[k] as number
      e.ids[i] = ids[k] as number
      e.tf[i] = sig.weights[at] as number
      e.entity[i] = sig.named[at] as number
    })
    const slot = this.freeSlots.pop() ?? this.slots.length
    this.slots[slot] = e
    this.slotOf.set(doc.id, slot)
    for (const id of e.ids) {
      this.df[id] = (this.df[id] ?? 0) + 1
      ;(this.postings[id] ??= []).push(slot)
    }
    this.place(slot, e, ids.slice(0, this.params.keys))
  }

  /** Removes an article; its story keeps its other articles. */
  remove(id: string): void {
    const slot = this.slotOf.get(id)
    if (slot === undefined) return
    this.changes++
    const e = this.slots[slot] as Entry
    for (const f of e.ids) {
      this.df[f] = (this.df[f] ?? 1) - 1
      const p = this.postings[f]
      if (p) p.splice(p.indexOf(slot), 1)
    }
    this.slots[slot] = undefined
    this.slotOf.delete(id)
    this.freeSlots.push(slot)
    const m = this.members.get(e.story)
    m?.delete(id)
    if (m && m.size === 0) this.members.delete(e.story)
  }

  /** The signature of an article, for naming its story. */
  signature(id: string): Signature | undefined {
    return this.entry(id)?.sig
  }

  /** Inverse document frequency of a feature, with the prior's pseudo-documents. */
  idf(feature: string): number {
    return this.idfOf(this.localId(knownFeatureId(feature)))
  }

  /** Groups of article ids, each sorted, in the order of their first article's id. */
  groups(): string[][] {
    return [...this.members.values()]
      .map((m) => [...m].sort())
      .sort((a, b) => ((a[0] as string) < (b[0] as string) ? -1 : 1))
  }

  /**
   * How likely two articles report one event, 0..1: the cosine over all features, scaled down
   * when they share too few names (two earthquakes share every word but the places).
   */
  similarity(a: string, b: string): number {
    const ea = this.entry(a)
    const eb = this.entry(b)
    return ea && eb ? this.similar(ea, eb) : 0
  }

  /** Cosine similarities of two articles under the current IDF; 0 when too far apart in time. */
  likeness(a: string, b: string): Likeness {
    const ea = this.entry(a)
    const eb = this.entry(b)
    if (!ea || !eb) return { all: 0, entities: 0 }
    const all = this.cosine(ea, eb)
    return { all, entities: this.lastEntities }
  }

  private entry(id: string): Entry | undefined {
    const slot = this.slotOf.get(id)
    return slot === undefined ? undefined : this.slots[slot]
  }

  /**
   * Positions of the article's features, the most distinctive first, cut to `params.features`;
   * ties by key so the choice never depends on insertion order. Only the few that can make the
   * cut are sorted with the string tie-break: a numeric sort finds the cut-off score first.
   */
  private distinctive(sig: ArticleFeatures): number[] {
    const n = sig.fids.length
    const score = new Float64Array(n)
    for (let k = 0; k < n; k++)
      score[k] =
        (1 + Math.log(sig.weights[k] as number)) * this.idfOf(this.localId(sig.fids[k] as number))
    const cap = this.params.features
    const cut = n > cap ? (Float64Array.from(score).sort()[n - cap] as number) : -Infinity
    const order: number[] = []
    for (let k = 0; k < n; k++) if ((score[k] as number) >= cut) order.push(k)
    const key = (k: number): string => featureKey(sig.fids[k] as number)
    order.sort((x, y) => (score[y] as number) - (score[x] as number) || (key(x) < key(y) ? -1 : 1))
    order.length = Math.min(order.length, cap)
    return order
  }

  /** This index's id of a feature id, or undefined when it never kept that feature. */
  private localId(fid: number): number | undefined {
    const id = fid >= 0 && fid < this.local.length ? (this.local[fid] as number) - 1 : -1
    return id < 0 ? undefined : id
  }

  private idOf(fid: number): number {
    const known = this.localId(fid)
    if (known !== undefined) return known
    if (fid >= this.local.length) {
      const grown = new Int32Array(Math.max(fid + 1, this.local.length * 2))
      grown.set(this.local)
      this.local = grown
    }
    this.local[fid] = ++this.vocabSize
    return this.vocabSize - 1
  }

  private idfOf(id: number | undefined): number {
    const df = id === undefined ? 0 : (this.df[id] ?? 0)
    return Math.log((this.size + this.params.prior) / (df + 1))
  }

  private similar(ea: Entry, eb: Entry): number {
    const all = this.cosine(ea, eb)
    const ent = this.lastEntities
    return ent >= this.params.entity ? all : (all * ent) / this.params.entity
  }

  /** The cosine over all features; the cosine over names is left in `lastEntities`. */
  private cosine(ea: Entry, eb: Entry): number {
    this.lastEntities = 0
    if (Math.abs(ea.sig.day - eb.sig.day) > this.params.maxDays) return 0
    this.weigh(ea)
    this.weigh(eb)
    const ai = ea.ids
    const bi = eb.ids
    const aw = ea.w
    const bw = eb.w
    let dot = 0
    let edot = 0
    let i = 0
    let j = 0
    while (i < ai.length && j < bi.length) {
      const x = ai[i] as number
      const y = bi[j] as number
      if (x < y) i++
      else if (x > y) j++
      else {
        const p = (aw[i] as number) * (bw[j] as number)
        dot += p
        if (ea.entity[i] && eb.entity[j]) edot += p
        i++
        j++
      }
    }
    this.lastEntities = edot / (ea.entityNorm * eb.entityNorm || 1)
    return dot / (ea.norm * eb.norm || 1)
  }

  // Weights follow the IDF of the day, but are recomputed only when the library has changed size
  // by a quarter: exact enough, and adding an article stays cheap.
  private weigh(e: Entry): void {
    const n = this.size
    if (e.n > 0 && n <= e.n * STALE_GROWTH && n >= e.n / STALE_GROWTH) return
    const w = e.w
    let sq = 0
    let esq = 0
    for (let k = 0; k < w.length; k++) {
      const x = Math.max(0, (1 + Math.log(e.tf[k] as number)) * this.idfOf(e.ids[k]))
      w[k] = x
      sq += x * x
      if (e.entity[k]) esq += x * x
    }
    e.n = n
    e.norm = Math.sqrt(sq)
    e.entityNorm = Math.sqrt(esq)
  }

  /** Slots of the articles sharing one of these features with `slot`, each once. */
  private candidates(slot: number, keys: number[]): number[] {
    if (this.seen.length < this.slots.length) {
      const grown = new Int32Array(this.slots.length * 2)
      grown.set(this.seen)
      this.seen = grown
    }
    const stamp = ++this.stamp
    this.seen[slot] = stamp
    const out: number[] = []
    for (const f of keys)
      for (const c of this.postings[f] ?? [])
        if (this.seen[c] !== stamp) {
          this.seen[c] = stamp
          out.push(c)
        }
    return out
  }

  /** Weighs the article and writes 1 + the position of each of its features into `at`. */
  private spread(e: Entry): boolean {
    this.weigh(e)
    if (this.at.length < this.vocabSize) {
      const grown = new Int32Array(this.vocabSize * 2)
      grown.set(this.at)
      this.at = grown
    }
    for (let k = 0; k < e.ids.length; k++) this.at[e.ids[k] as number] = k + 1
    return true
  }

  /** `similar` for the article in `at` and another: the same sums, in the same order. */
  private similarToSpread(e: Entry, other: Entry): number {
    this.weigh(other)
    const ids = other.ids
    const w = other.w
    const at = this.at
    let dot = 0
    let edot = 0
    for (let i = 0; i < ids.length; i++) {
      const k = (at[ids[i] as number] as number) - 1
      if (k < 0) continue
      const p = (e.w[k] as number) * (w[i] as number)
      dot += p
      if (e.entity[k] && other.entity[i]) edot += p
    }
    const all = dot / (e.norm * other.norm || 1)
    const ent = edot / (e.entityNorm * other.entityNorm || 1)
    return ent >= this.params.entity ? all : (all * ent) / this.params.entity
  }

  private place(slot: number, e: Entry, keys: number[]): void {
    const sums = new Map<number, { max: number; sum: number }>()
    const candidates = this.candidates(slot, keys)
    let table = false
    for (const c of candidates) {
      const other = this.slots[c] as Entry
      if (Math.abs(e.sig.day - other.sig.day) > this.params.maxDays) continue
      // The new article's features go in a table once, so each candidate costs one pass.
      if (!table) table = this.spread(e)
      const sim = this.similarToSpread(e, other)
      if (sim <= 0) continue
      const t = sums.get(other.story)
      if (t) {
        if (sim > t.max) t.max = sim
        t.sum += sim
      } else sums.set(other.story, { max: sim, sum: sim })
    }
    if (table) for (const f of e.ids) this.at[f] = 0
    const linked = [...sums]
      .filter(
        ([s, t]) =>
          t.max >= this.params.single &&
          t.sum / (this.members.get(s)?.size ?? 1) >= this.params.average
      )
      .sort((x, y) => y[1].max - x[1].max || x[0] - y[0])
      .map(([s]) => s)
    const target = linked[0] ?? this.nextStory++
    this.join(e, target)
    // A bridge article merges two stories only when they are alike as wholes (average link),
    // or one borderline article would chain two events together.
    for (const other of linked.slice(1))
      if (this.storyLikeness(target, other) >= this.params.average) this.mergeInto(other, target)
  }

  private storyLikeness(x: number, y: number): number {
    const a = [...(this.members.get(x) ?? [])]
    const b = [...(this.members.get(y) ?? [])]
    let sum = 0
    for (const i of a) for (const j of b) sum += this.similarity(i, j)
    return sum / (a.length * b.length || 1)
  }

  private join(e: Entry, story: number): void {
    e.story = story
    let m = this.members.get(story)
    if (!m) this.members.set(story, (m = new Set()))
    m.add(e.sig.id)
  }

  private mergeInto(from: number, to: number): void {
    for (const id of this.members.get(from) ?? []) this.join(this.entry(id) as Entry, to)
    this.members.delete(from)
  }
}
