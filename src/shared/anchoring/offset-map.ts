import { diffLines } from 'diff'

/** A run of the old text and where it went: `same` runs moved unchanged, others were edited. */
type Run = { oldStart: number; oldEnd: number; newStart: number; newEnd: number; same: boolean }

/**
 * Maps offsets in an old version of a text to the matching offsets in a new version, from a
 * paragraph-level diff. Paragraphs make the diff cheap (hundreds of tokens, not 100,000
 * characters); an offset inside an edited paragraph maps to the start of its replacement,
 * which is only a hint for the fuzzy search that follows, never a placement by itself.
 */
export class OffsetMap {
  private runs: Run[] = []
  private ratio = 1

  constructor(oldText: string, newText: string) {
    if (oldText === newText) {
      this.runs = [
        { oldStart: 0, oldEnd: oldText.length, newStart: 0, newEnd: newText.length, same: true }
      ]
      return
    }
    // A pathological diff gives up (undefined) rather than stall: then offsets map by ratio.
    const changes = diffLines(oldText, newText, { maxEditLength: 5_000 })
    this.ratio = newText.length / Math.max(1, oldText.length)
    if (!changes) return
    let o = 0
    let n = 0
    for (const c of changes) {
      const len = c.value.length
      if (c.added) {
        const last = this.runs.at(-1)
        if (last && !last.same && last.newEnd === n) last.newEnd = n + len
        else this.runs.push({ oldStart: o, oldEnd: o, newStart: n, newEnd: n + len, same: false })
        n += len
      } else if (c.removed) {
        this.runs.push({ oldStart: o, oldEnd: o + len, newStart: n, newEnd: n, same: false })
        o += len
      } else {
        this.runs.push({ oldStart: o, oldEnd: o + len, newStart: n, newEnd: n + len, same: true })
        o += len
        n += len
      }
    }
  }

  /** Where an old offset most likely is now; `unchanged` says whether it sat in unchanged text. */
  map(offset: number): { offset: number; unchanged: boolean } {
    if (this.runs.length === 0) return { offset: Math.round(offset * this.ratio), unchanged: false }
    let lo = 0
    let hi = this.runs.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((this.runs[mid] as Run).oldStart <= offset) lo = mid
      else hi = mid - 1
    }
    // Pure insertions share their oldStart with the next run; prefer the run that holds `offset`.
    let run = this.runs[lo] as Run
    while (lo > 0 && run.oldEnd === run.oldStart) run = this.runs[--lo] as Run
    if (run.same) return { offset: run.newStart + (offset - run.oldStart), unchanged: true }
    return { offset: run.newStart, unchanged: false }
  }
}
