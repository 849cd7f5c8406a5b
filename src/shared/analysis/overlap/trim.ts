import type { Alignment } from './align'
import { BOILERPLATE, CONTENT, type Features } from './features'

/** An edge sentence the run covers less than this share of is a stray fragment. */
const FRAGMENT = 0.5

/**
 * Cuts stray sentence fragments off both ends of a run that spans several sentences: "from
 * this. Fisintopra … men" becomes "Fisintopra …" when only the tail of the previous sentence and
 * the head of the next one matched. Cuts are made on x's sentences, then on y's; the other
 * side's cut point is the nearby position where the same two words follow. A run inside one
 * sentence, or one whose counterpart cannot be found, is left as it is.
 */
export function trimFragments(al: Alignment, x: Features, y: Features): Alignment {
  return flip(trimSide(flip(trimSide(al, x, y)), y, x))
}

const flip = (a: Alignment): Alignment => ({
  xStart: a.yStart,
  xEnd: a.yEnd,
  yStart: a.xStart,
  yEnd: a.xEnd,
  matched: a.matched,
  content: a.content
})

function trimSide(al: Alignment, x: Features, y: Features): Alignment {
  let out = al
  const first = x.sentenceOf[out.xStart] as number
  if (first !== x.sentenceOf[out.xEnd - 1] && fragment(x, first, out.xStart, out.xEnd)) {
    let k = out.xStart
    while (x.sentenceOf[k] === first) k++
    const j = counterpart(x, y, k, out.yStart + (k - out.xStart), 1)
    if (j >= 0) out = cut(out, x, y, { xStart: k, yStart: j })
  }
  const last = x.sentenceOf[out.xEnd - 1] as number
  if (last !== x.sentenceOf[out.xStart] && fragment(x, last, out.xStart, out.xEnd)) {
    let k = out.xEnd - 1
    while (x.sentenceOf[k] === last) k--
    const j = counterpart(x, y, k, out.yEnd - 1 - (out.xEnd - 1 - k), -1)
    if (j >= 0) out = cut(out, x, y, { xEnd: k + 1, yEnd: j + 1 })
  }
  return out
}

/** Whether the run covers less than half of sentence `s` (of the words it has). */
function fragment(f: Features, s: number, from: number, to: number): boolean {
  let inside = 0
  for (let k = from; k < to; k++) if (f.sentenceOf[k] === s) inside++
  return inside < FRAGMENT * (f.sentenceWords[s] as number)
}

/**
 * Where in y the words x[k], x[k+1] sit, searching three words either side of `guess`; failing
 * that (the neighbour was edited), where x[k] alone sits.
 */
function counterpart(x: Features, y: Features, k: number, guess: number, pair: 1 | -1): number {
  for (const need of [2, 1])
    for (const d of [0, -1, 1, -2, 2, -3, 3]) {
      const j = guess + d
      if (j < 0 || j >= y.tokens.count || !same(x, y, k, j)) continue
      if (need === 1 || same(x, y, k + pair, j + pair)) return j
    }
  return -1
}

const same = (x: Features, y: Features, i: number, j: number): boolean =>
  x.tokens.hashes[i] === y.tokens.hashes[j] && ((x.flags[i] as number) & BOILERPLATE) === 0

/** The run with new bounds; the words cut off are taken out of its counts. */
function cut(al: Alignment, x: Features, y: Features, at: Partial<Alignment>): Alignment {
  const next = { ...al, ...at }
  const [xFrom, xTo] = next.xStart > al.xStart ? [al.xStart, next.xStart] : [next.xEnd, al.xEnd]
  const [yFrom, yTo] = next.yStart > al.yStart ? [al.yStart, next.yStart] : [next.yEnd, al.yEnd]
  // Which of the cut words matched: the fragments are short, so pair them up directly.
  const used = new Set<number>()
  let matched = 0
  let content = 0
  for (let i = xFrom; i < xTo; i++)
    for (let j = yFrom; j < yTo; j++)
      if (!used.has(j) && same(x, y, i, j)) {
        used.add(j)
        matched++
        if ((x.flags[i] as number) & CONTENT) content++
        break
      }
  return { ...next, matched: al.matched - matched, content: al.content - content }
}
