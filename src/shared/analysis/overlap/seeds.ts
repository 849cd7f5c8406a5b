/** Word positions fit in 20 bits, so a seed (x, y) packs into one double: x * 2^20 + y. */
const SHIFT = 1 << 20

export const seedX = (seed: number): number => Math.floor(seed / SHIFT)
export const seedY = (seed: number): number => seed % SHIFT

/**
 * The seeds of the document being added, grouped by partner document, in typed arrays that are
 * reused from one document to the next: a large library yields hundreds of thousands of chance
 * single-seed pairs, and allocating per pair was most of the indexing time.
 */
export class SeedCollector {
  private heads: Int32Array = new Int32Array(1024).fill(-1)
  private here: Int32Array = new Int32Array(4096)
  private there: Int32Array = new Int32Array(4096)
  private links: Int32Array = new Int32Array(4096)
  private size = 0
  /** Per partner: seeds from shingles that few documents share. */
  private rare: Int32Array = new Int32Array(1024)
  /** Partner documents with at least one seed, in first-seen order. */
  readonly partners: number[] = []

  reset(): void {
    for (const d of this.partners) {
      this.heads[d] = -1
      this.rare[d] = 0
    }
    this.partners.length = 0
    this.size = 0
  }

  push(doc: number, here: number, there: number, rare: boolean): void {
    if (doc >= this.heads.length) {
      this.heads = grow(this.heads, doc * 2, -1)
      this.rare = grow(this.rare, doc * 2, 0)
    }
    if (rare) this.rare[doc] = (this.rare[doc] as number) + 1
    if (this.size === this.here.length) {
      this.here = grow(this.here, this.size * 2, 0)
      this.there = grow(this.there, this.size * 2, 0)
      this.links = grow(this.links, this.size * 2, 0)
    }
    const n = this.size++
    this.here[n] = here
    this.there[n] = there
    const head = this.heads[doc] as number
    if (head === -1) this.partners.push(doc)
    this.links[n] = head
    this.heads[doc] = n
  }

  /**
   * Whether the seeds with `doc` are worth aligning: two or more, or one from a shingle that
   * few documents share. A lone seed from a stock phrase is the bulk of chance pairs in a large
   * library and can never grow into a finding on its own.
   */
  promising(doc: number): boolean {
    const head = this.heads[doc] as number
    return (this.rare[doc] as number) > 0 || (head !== -1 && this.links[head] !== -1)
  }

  /** Seeds with `doc`, packed and sorted by x then y; x is this document unless `flip`. */
  sorted(doc: number, flip: boolean): Float64Array {
    let count = 0
    for (let n = this.heads[doc] as number; n !== -1; n = this.links[n] as number) count++
    const out = new Float64Array(count)
    let k = 0
    for (let n = this.heads[doc] as number; n !== -1; n = this.links[n] as number) {
      const here = this.here[n] as number
      const there = this.there[n] as number
      out[k++] = flip ? there * SHIFT + here : here * SHIFT + there
    }
    return out.sort()
  }
}

function grow(a: Int32Array, size: number, fill: number): Int32Array {
  const b = new Int32Array(size).fill(fill)
  b.set(a)
  return b
}
