import { BOILERPLATE, CONTENT, K, type Features } from './features'
import { seedX, seedY } from './seeds'
import { trimFragments } from './trim'

/** Two aligned word ranges [start, end) in documents x and y, and how many words matched. */
export type Alignment = {
  xStart: number
  xEnd: number
  yStart: number
  yEnd: number
  matched: number
  /** Matched words that are not stop words. */
  content: number
}

/** At most one content word in ten may differ between the two sides of a sentence. */
export const MAX_CONTENT_EDITS = 0.1
/** Fewest exact matches per word of the longer side (WCopyfind's "2 flaws at 80 %"). */
const MIN_RATIO = 0.8
// Ways to step over a flaw: words skipped in x and in y, cheapest first.
const SKIP_X = [1, 0, 1, 2, 1, 2, 0, 2]
const SKIP_Y = [1, 1, 0, 2, 2, 1, 2, 0]
// Local copies: module imports are live getters under some loaders, and these are hot.
const SEED_WORDS = K
const CONTENT_BIT = CONTENT
const BOILERPLATE_BIT = BOILERPLATE

type Bounds = { xLo: number; xHi: number; yLo: number; yHi: number }
type Run = { x: number; y: number; matched: number; content: number }

/**
 * Seed-and-extend: each seed (an exact K-word match, x position then y position) grows left
 * and right while words keep matching, stepping over up to two changed, added or dropped
 * words when the next two words agree again and at least 80 % of words still match. Seeds
 * inside an earlier alignment are skipped, so the cost is linear in the matched text. In one
 * document (x === y, seeds with j < i) the earlier copy must end before the later one starts.
 */
export function align(x: Features, y: Features, seeds: Float64Array): Alignment[] {
  const out: Alignment[] = []
  const same = x === y
  for (let s = 0; s < seeds.length; s++) {
    const i = seedX(seeds[s] as number)
    const j = seedY(seeds[s] as number)
    if (covered(out, i, j)) continue
    if (!exact(x, y, i, j, SEED_WORDS) || (same && j + SEED_WORDS > i)) continue
    const nx = x.tokens.count
    const ny = y.tokens.count
    const left = extend(x, y, i - 1, j - 1, -1, {
      xLo: same ? j + SEED_WORDS : 0,
      xHi: nx,
      yLo: 0,
      yHi: ny
    })
    const yHi = same ? left.x : ny
    const right = extend(x, y, i + SEED_WORDS, j + SEED_WORDS, 1, { xLo: 0, xHi: nx, yLo: 0, yHi })
    let content = left.content + right.content
    for (let k = i; k < i + SEED_WORDS; k++) if ((x.flags[k] as number) & CONTENT_BIT) content++
    const al: Alignment = {
      xStart: left.x,
      xEnd: right.x + 1,
      yStart: left.y,
      yEnd: right.y + 1,
      matched: left.matched + right.matched + SEED_WORDS,
      content
    }
    // A later seed can walk back over an earlier run; keep only the largest of nested runs.
    if (out.some((o) => contains(o, al))) continue
    for (let k = out.length - 1; k >= 0; k--)
      if (contains(al, out[k] as Alignment)) out.splice(k, 1)
    out.push(al)
  }
  return mergeAdjacent(out, same).map((al) => trimFragments(al, x, y))
}

/** Largest gap, in words on each side, between two runs that are merged into one. */
const MERGE_GAP = 4

/**
 * Joins runs that follow each other on both sides with a small gap, so a copied paragraph with
 * an edited stretch in the middle is one finding, not two, as long as 80 % still matches.
 */
function mergeAdjacent(runs: Alignment[], same: boolean): Alignment[] {
  if (runs.length < 2) return runs
  runs.sort((a, b) => a.xStart - b.xStart)
  const out: Alignment[] = [runs[0] as Alignment]
  for (const r of runs.slice(1)) {
    const last = out[out.length - 1] as Alignment
    const gx = r.xStart - last.xEnd
    const gy = r.yStart - last.yEnd
    const matched = last.matched + r.matched
    const longer = Math.max(r.xEnd - last.xStart, r.yEnd - last.yStart)
    // Inside one article the earlier copy must still end before the later one starts.
    const apart = !same || r.yEnd <= last.xStart
    const close = gx >= 0 && gy >= 0 && gx <= MERGE_GAP && gy <= MERGE_GAP
    if (close && apart && matched >= MIN_RATIO * longer)
      out[out.length - 1] = {
        xStart: last.xStart,
        xEnd: r.xEnd,
        yStart: last.yStart,
        yEnd: r.yEnd,
        matched,
        content: last.content + r.content
      }
    else out.push(r)
  }
  return out
}

const contains = (a: Alignment, b: Alignment): boolean =>
  a.xStart <= b.xStart && a.xEnd >= b.xEnd && a.yStart <= b.yStart && a.yEnd >= b.yEnd

function covered(out: Alignment[], i: number, j: number): boolean {
  for (const a of out) if (i >= a.xStart && i < a.xEnd && j >= a.yStart && j < a.yEnd) return true
  return false
}

const eq = (x: Features, y: Features, i: number, j: number): boolean =>
  x.tokens.hashes[i] === y.tokens.hashes[j] &&
  ((x.flags[i] as number) & BOILERPLATE_BIT) === 0 &&
  ((y.flags[j] as number) & BOILERPLATE_BIT) === 0

function exact(x: Features, y: Features, i: number, j: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (!eq(x, y, i + k, j + k)) return false
  return true
}

const inside = (b: Bounds, a: number, c: number): boolean =>
  a >= b.xLo && a < b.xHi && c >= b.yLo && c < b.yHi

/**
 * Walks from (i, j) in direction `dir`; returns the last matched word on each side (the seed's
 * edge word when none matched) and the counts of matched words. Each time the
 * walk leaves a sentence of x it checks that sentence's part: if more than one content word in
 * ten was changed there (a new subject, place or number in the same frame), that sentence only
 * counts if a good one follows: a run ends on good sentences, so a true match does not drag in
 * the next sentence's frame, while an edited sentence inside a copied paragraph stays in it.
 */
function extend(x: Features, y: Features, i: number, j: number, dir: 1 | -1, b: Bounds): Run {
  const run: Run = { x: i - dir, y: j - dir, matched: 0, content: 0 }
  let saved: Run = { ...run }
  let segContent = 0
  let segEdits = 0
  let flaws = 0
  let crossed = false
  let badBefore = false
  while (inside(b, i, j)) {
    if (eq(x, y, i, j)) {
      if (x.sentenceOf[i] !== x.sentenceOf[run.x] && run.matched > 0) {
        // Leaving a sentence: a good one moves the checkpoint; two edited ones in a row end it.
        if (!tooEdited(segContent, segEdits)) saved = { ...run }
        else if (badBefore) return saved
        badBefore = tooEdited(segContent, segEdits)
        segContent = segEdits = 0
        crossed = true
      }
      run.matched++
      if ((x.flags[i] as number) & CONTENT_BIT) {
        run.content++
        segContent++
      }
      run.x = i
      run.y = j
      i += dir
      j += dir
      continue
    }
    const skip = resync(x, y, i, j, dir, b, run.matched + SEED_WORDS, flaws)
    if (skip < 0) break
    const sx = SKIP_X[skip] as number
    const sy = SKIP_Y[skip] as number
    flaws += Math.max(sx, sy)
    segEdits += Math.max(contentIn(x, i, sx, dir), contentIn(y, j, sy, dir))
    i += sx * dir
    j += sy * dir
  }
  // A last sentence that matched only in stop words ("The") is the next sentence's start.
  return tooEdited(segContent, segEdits) || (crossed && segContent === 0) ? saved : run
}

const tooEdited = (kept: number, edited: number): boolean =>
  edited > Math.floor(MAX_CONTENT_EDITS * (kept + edited))

function contentIn(f: Features, from: number, n: number, dir: 1 | -1): number {
  let c = 0
  for (let k = 0; k < n; k++) if ((f.flags[from + k * dir] as number) & CONTENT_BIT) c++
  return c
}

/** The cheapest way over the flaw at (i, j) after which two words agree, or -1. */
function resync(
  x: Features,
  y: Features,
  i: number,
  j: number,
  dir: 1 | -1,
  b: Bounds,
  matched: number,
  flaws: number
): number {
  for (let s = 0; s < SKIP_X.length; s++) {
    const sx = SKIP_X[s] as number
    const sy = SKIP_Y[s] as number
    const a = i + sx * dir
    const c = j + sy * dir
    if (!inside(b, a + dir, c + dir)) continue
    if (!eq(x, y, a, c) || !eq(x, y, a + dir, c + dir)) continue
    const span = matched + flaws + Math.max(sx, sy) + 2
    if ((matched + 2) / span >= MIN_RATIO) return s
  }
  return -1
}
