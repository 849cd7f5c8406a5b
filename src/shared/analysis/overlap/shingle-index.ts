/**
 * An inverted index from shingle hash to postings (document number, word position), in typed
 * arrays: open addressing for the keys, singly linked postings. A Map of arrays costs about
 * 0.5 s and hundreds of MB for a 2,000-article library; this holds the same in a few tens of MB
 * and inserts a posting in constant time, so indexing one more article costs that article only.
 * Postings of removed documents stay in the lists (callers skip dead documents); only the
 * per-key counts are kept exact, because the document-frequency cut-off reads them.
 */
export class ShingleIndex {
  private keys: Int32Array
  private heads: Int32Array
  private counts: Int32Array
  private used = 0
  private docs: Int32Array = new Int32Array(1 << 16)
  private positions: Int32Array = new Int32Array(1 << 16)
  private links: Int32Array = new Int32Array(1 << 16)
  private postings = 0

  constructor(capacity = 1 << 16) {
    this.keys = new Int32Array(capacity)
    this.heads = new Int32Array(capacity).fill(-1)
    this.counts = new Int32Array(capacity)
  }

  /** How many live postings the shingle has (0 when unknown). */
  count(hash: number): number {
    const slot = this.slot(hash)
    return this.heads[slot] === -1 ? 0 : (this.counts[slot] as number)
  }

  /** The newest posting of `hash`, or -1; walk on with `next`, read with `doc` and `position`. */
  first(hash: number): number {
    return Math.max(-1, this.heads[this.slot(hash)] as number)
  }

  next(posting: number): number {
    return this.links[posting] as number
  }

  doc(posting: number): number {
    return this.docs[posting] as number
  }

  position(posting: number): number {
    return this.positions[posting] as number
  }

  /**
   * Counts one more occurrence of `hash`; the posting itself is stored only while the count is
   * under `maxPostings`, since lookups ignore shingles past the cut-off anyway.
   */
  add(hash: number, doc: number, position: number, maxPostings = Infinity): void {
    if ((this.used + 1) * 2 > this.keys.length) this.rehash(this.keys.length * 2)
    const slot = this.slot(hash)
    if (this.heads[slot] === -1) {
      this.keys[slot] = hash
      this.heads[slot] = -2 // taken, no postings yet
      this.used++
    }
    const count = this.counts[slot] as number
    this.counts[slot] = count + 1
    if (count >= maxPostings) return
    if (this.postings === this.docs.length) this.growPostings()
    const p = this.postings++
    this.docs[p] = doc
    this.positions[p] = position
    const head = this.heads[slot] as number
    this.links[p] = head === -2 ? -1 : head
    this.heads[slot] = p
  }

  /** Forgets one posting of `hash` in the counts (its document was removed). */
  release(hash: number): void {
    const slot = this.slot(hash)
    if (this.heads[slot] !== -1 && (this.counts[slot] as number) > 0)
      this.counts[slot] = (this.counts[slot] as number) - 1
  }

  /** Bytes held by the typed arrays, for the bench's memory figures. */
  bytes(): number {
    return (this.keys.length * 3 + this.docs.length * 3) * 4
  }

  private slot(hash: number): number {
    const mask = this.keys.length - 1
    let s = (Math.imul(hash, 0x9e3779b1) >>> 0) & mask
    while (this.heads[s] !== -1 && this.keys[s] !== hash) s = (s + 1) & mask
    return s
  }

  private rehash(capacity: number): void {
    const { keys, heads, counts } = this
    this.keys = new Int32Array(capacity)
    this.heads = new Int32Array(capacity).fill(-1)
    this.counts = new Int32Array(capacity)
    for (let s = 0; s < keys.length; s++) {
      if (heads[s] === -1) continue
      const t = this.slot(keys[s] as number)
      this.keys[t] = keys[s] as number
      this.heads[t] = heads[s] as number
      this.counts[t] = counts[s] as number
    }
  }

  private growPostings(): void {
    const grow = (a: Int32Array): Int32Array => {
      const b = new Int32Array(a.length * 2)
      b.set(a)
      return b
    }
    this.docs = grow(this.docs)
    this.positions = grow(this.positions)
    this.links = grow(this.links)
  }
}
