import { signatureOf, type Signature, type StoryDoc } from './features'

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

/** One article as the index keeps it: feature ids sorted ascending, with raw weights. */
type Entry = {
  sig: Signature
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
  private entries = new Map<string, Entry>()
  private vocab = new Map<string, number>()
  private df: number[] = []
  private postings: Set<string>[] = []
  private members = new Map<number, Set<string>>()
  private nextStory = 0

  constructor(readonly params: StoryParams = DEFAULT_PARAMS) {}

  get size(): number {
    return this.entries.size
  }

  /** Adds (or replaces) an article and places it in a story. */
  add(doc: StoryDoc): void {
    if (this.entries.has(doc.id)) this.remove(doc.id)
    const sig = signatureOf(doc)
    const keys = [...sig.features.keys()]
    const score = new Float64Array(keys.length)
    keys.forEach((f, k) => {
      score[k] = (1 + Math.log(sig.features.get(f) as number)) * this.idfOf(this.vocab.get(f))
    })
    // The most distinctive first; ties by key so the choice never depends on insertion order.
    const order = keys
      .map((_, k) => k)
      .sort((x, y) => (score[y] as number) - (score[x] as number) || (keys[x]! < keys[y]! ? -1 : 1))
      .slice(0, this.params.features)
    const ids = order.map((k) => this.idOf(keys[k] as string))
    const byId = order.map((_, k) => k).sort((x, y) => ids[x]! - ids[y]!)
    const e: Entry = {
      sig,
      ids: Int32Array.from(byId, (k) => ids[k]!),
      tf: Float64Array.from(byId, (k) => sig.features.get(keys[order[k]!]!)!),
      entity: Uint8Array.from(byId, (k) => (sig.entities.has(keys[order[k]!]!) ? 1 : 0)),
      story: -1,
      n: -1,
      w: new Float64Array(0),
      norm: 0,
      entityNorm: 0
    }
    this.entries.set(doc.id, e)
    for (const id of e.ids) {
      this.df[id] = (this.df[id] ?? 0) + 1
      ;(this.postings[id] ??= new Set()).add(doc.id)
    }
    this.place(doc.id, e, ids.slice(0, this.params.keys))
  }

  /** Removes an article; its story keeps its other articles. */
  remove(id: string): void {
    const e = this.entries.get(id)
    if (!e) return
    for (const f of e.ids) {
      this.df[f] = (this.df[f] ?? 1) - 1
      this.postings[f]?.delete(id)
    }
    this.entries.delete(id)
    const m = this.members.get(e.story)
    m?.delete(id)
    if (m && m.size === 0) this.members.delete(e.story)
  }

  /** The signature of an article, for naming its story. */
  signature(id: string): Signature | undefined {
    return this.entries.get(id)?.sig
  }

  /** Inverse document frequency of a feature, with the prior's pseudo-documents. */
  idf(feature: string): number {
    return this.idfOf(this.vocab.get(feature))
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
    const l = this.likeness(a, b)
    return l.entities >= this.params.entity ? l.all : (l.all * l.entities) / this.params.entity
  }

  /** Cosine similarities of two articles under the current IDF; 0 when too far apart in time. */
  likeness(a: string, b: string): Likeness {
    const ea = this.entries.get(a)
    const eb = this.entries.get(b)
    if (!ea || !eb || Math.abs(ea.sig.day - eb.sig.day) > this.params.maxDays)
      return { all: 0, entities: 0 }
    this.weigh(ea)
    this.weigh(eb)
    let dot = 0
    let edot = 0
    let i = 0
    let j = 0
    while (i < ea.ids.length && j < eb.ids.length) {
      const x = ea.ids[i] as number
      const y = eb.ids[j] as number
      if (x < y) i++
      else if (x > y) j++
      else {
        const p = (ea.w[i] as number) * (eb.w[j] as number)
        dot += p
        if (ea.entity[i] && eb.entity[j]) edot += p
        i++
        j++
      }
    }
    return {
      all: dot / (ea.norm * eb.norm || 1),
      entities: edot / (ea.entityNorm * eb.entityNorm || 1)
    }
  }

  private idOf(f: string): number {
    let id = this.vocab.get(f)
    if (id === undefined) this.vocab.set(f, (id = this.vocab.size))
    return id
  }

  private idfOf(id: number | undefined): number {
    const df = id === undefined ? 0 : (this.df[id] ?? 0)
    return Math.log((this.entries.size + this.params.prior) / (df + 1))
  }

  // Weights follow the IDF of the day, but are recomputed only when the library has changed size
  // by a quarter: exact enough, and adding an article stays cheap.
  private weigh(e: Entry): void {
    const n = this.entries.size
    if (e.n > 0 && n <= e.n * STALE_GROWTH && n >= e.n / STALE_GROWTH) return
    const w = new Float64Array(e.ids.length)
    let sq = 0
    let esq = 0
    for (let k = 0; k < w.length; k++) {
      const x = Math.max(0, (1 + Math.log(e.tf[k] as number)) * this.idfOf(e.ids[k]))
      w[k] = x
      sq += x * x
      if (e.entity[k]) esq += x * x
    }
    Object.assign(e, { n, w, norm: Math.sqrt(sq), entityNorm: Math.sqrt(esq) })
  }

  private place(id: string, e: Entry, keys: number[]): void {
    const candidates = new Set<string>()
    for (const f of keys) for (const c of this.postings[f] ?? []) if (c !== id) candidates.add(c)
    const sums = new Map<number, { max: number; sum: number }>()
    for (const c of candidates) {
      const sim = this.similarity(id, c)
      if (sim <= 0) continue
      const s = (this.entries.get(c) as Entry).story
      const t = sums.get(s) ?? { max: 0, sum: 0 }
      t.max = Math.max(t.max, sim)
      t.sum += sim
      sums.set(s, t)
    }
    const linked = [...sums]
      .filter(
        ([s, t]) =>
          t.max >= this.params.single &&
          t.sum / (this.members.get(s)?.size ?? 1) >= this.params.average
      )
      .sort((x, y) => y[1].max - x[1].max || x[0] - y[0])
      .map(([s]) => s)
    const target = linked[0] ?? this.nextStory++
    this.join(id, e, target)
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

  private join(id: string, e: Entry, story: number): void {
    e.story = story
    let m = this.members.get(story)
    if (!m) this.members.set(story, (m = new Set()))
    m.add(id)
  }

  private mergeInto(from: number, to: number): void {
    for (const id of this.members.get(from) ?? []) this.join(id, this.entries.get(id) as Entry, to)
    this.members.delete(from)
  }
}
