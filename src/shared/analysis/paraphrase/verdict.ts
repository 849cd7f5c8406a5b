import type { Verdict } from '../claims/pair-rules'
import { boundedMemo } from '../bounded-memo'
import { judgeParaphrase, type ParaphraseJudgement } from './model'
import type { IndexedSentence, SentenceIndex, SentencePair } from './sentence-index'

/** Below this model probability a candidate is not shown; above it, the score is p. */
export const MIN_P = 0.5

const surface = (text: string, s: IndexedSentence, i: number): string =>
  text.slice(s.starts[i] as number, s.ends[i] as number)

/**
 * Judgements already made, by the pair's two texts: the model reads nothing else, and a wire
 * copy meets the same pairs of sentences again in every article that carries it.
 */
const judgements = boundedMemo<ParaphraseJudgement>(1 << 15)
const judgedPair = (sx: string, sy: string): ParaphraseJudgement =>
  judgements(`${sx}\u0000${sy}`, () => judgeParaphrase(sx, sy))

/**
 * A paraphrase finding from an aligned sentence pair: the two windows as passages, a score
 * below overlap's (0.3 to 0.6), and an explanation naming the aligned words, built only when
 * the finding is read (most candidates are dropped as overlap first).
 */
export function paraphraseVerdict(
  index: SentenceIndex,
  pair: SentencePair,
  textX: string,
  textY: string
): Verdict | undefined {
  const x = index.sentences[pair.x] as IndexedSentence
  const y = index.sentences[pair.y] as IndexedSentence
  const { al } = pair
  // Whole sentences first: a window cut inside a parenthesis or a hyphenated word reads as noise.
  // A list of the same names is shown as just the two lists.
  const a = al.list
    ? { start: x.starts[al.xFrom] as number, end: x.ends[al.xTo] as number }
    : { start: x.start, end: x.end }
  const b = al.list
    ? { start: y.starts[al.yFrom] as number, end: y.ends[al.yTo] as number }
    : { start: y.start, end: y.end }
  const sx = textX.slice(a.start, a.end)
  const sy = textY.slice(b.start, b.end)
  // The same sentence in two articles (syndicated copies) is overlap's, and the model would say
  // so (verbatim, or too few words to judge): skip it, it is a third of all candidate pairs.
  if (!al.list && sx === sy) return undefined
  // A list of the same names is shown whatever the model says of the sentences.
  const judged = al.list ? undefined : judgedPair(sx, sy)
  if (judged?.verbatim) {
    // Exact copies and shared quotations are the word-run engine's (identical, shared quote);
    // a headline-length line is too short to call an edited copy.
    if (norm(sx) === norm(sy) || quoted(sx) || quoted(sy) || words(sx) < 8) return undefined
    return {
      subtype: 'near-identical',
      score: Math.round(Math.max(judged.p, 0.7) * 100) / 100,
      explanation: 'Nearly identical sentence: an edited copy of the same wire sentence',
      a,
      b
    }
  }
  if (judged && (judged.veto || judged.p < MIN_P)) return undefined
  const explanation = (): string => {
    const words: string[] = []
    for (const t of al.shared) {
      const i = x.terms.indexOf(t, al.xFrom)
      const j = y.terms.indexOf(t, al.yFrom)
      const wx = surface(textX, x, i)
      const wy = surface(textY, y, j)
      words.push(wx.toLowerCase() === wy.toLowerCase() ? wx : `${wx}/${wy}`)
    }
    // "the same names" in the same order, or "in a different order".
    const inOrder = al.list && al.xTo - al.xFrom === al.yTo - al.yFrom && sameOrder(x, y, al)
    return al.list
      ? `paraphrase: the same ${al.shared.length} names${inOrder ? '' : ' in a different order'} (${words.join(', ')})`
      : `paraphrase: ${al.shared.length} aligned words (${words.join(', ')})`
  }
  return {
    subtype: 'paraphrase',
    score: judged ? Math.round(judged.p * 100) / 100 : 0.55,
    explanation,
    a,
    b
  }
}

const norm = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
const words = (s: string): number => norm(s).split(' ').length
/** Most of the sentence sits inside quotation marks. */
function quoted(s: string): boolean {
  let inside = 0
  for (const m of s.matchAll(/["“][^"”]{10,}["”]/g)) inside += m[0].length
  // Single quotation marks open and close a quote in British copy: 'We appreciate ….'
  const open = /^\s*["“‘']/.test(s) || /["”’']\s*$/.test(s)
  return inside > 0.5 * s.length || (open && inside === 0)
}

function sameOrder(x: IndexedSentence, y: IndexedSentence, al: SentencePair['al']): boolean {
  for (let k = 0; k <= al.xTo - al.xFrom; k++)
    if (x.terms[al.xFrom + k] !== y.terms[al.yFrom + k]) return false
  return true
}
