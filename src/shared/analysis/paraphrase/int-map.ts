/**
 * An open-addressing map from 32-bit ints to non-negative ints. Word hashes span the full int32
 * range, which V8's Map stores as heap numbers; this table keeps them in typed arrays and looks
 * one up in a few nanoseconds.
 */
export class IntMap {
  private keys = new Int32Array(1 << 16)
  private vals = new Int32Array(1 << 16).fill(-1)
  private size = 0

  /** The value stored for `key`, or -1. */
  get(key: number): number {
    const mask = this.keys.length - 1
    for (let i = (Math.imul(key, 0x9e3779b1) >>> 16) & mask; ; i = (i + 1) & mask) {
      const v = this.vals[i] as number
      if (v === -1 || this.keys[i] === key) return v
    }
  }

  /** Stores `value` (>= 0) for `key`. */
  set(key: number, value: number): void {
    if ((this.size + 1) * 2 > this.keys.length) this.grow()
    const mask = this.keys.length - 1
    for (let i = (Math.imul(key, 0x9e3779b1) >>> 16) & mask; ; i = (i + 1) & mask) {
      if (this.vals[i] === -1) {
        this.keys[i] = key
        this.vals[i] = value
        this.size++
        return
      }
      if (this.keys[i] === key) {
        this.vals[i] = value
        return
      }
    }
  }

  private grow(): void {
    const keys = this.keys
    const vals = this.vals
    this.keys = new Int32Array(keys.length * 2)
    this.vals = new Int32Array(keys.length * 2).fill(-1)
    this.size = 0
    for (let i = 0; i < keys.length; i++)
      if ((vals[i] as number) >= 0) this.set(keys[i] as number, vals[i] as number)
  }
}
