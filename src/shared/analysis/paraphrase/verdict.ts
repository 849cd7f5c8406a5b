import type { Verdict } from '../claims/pair-rules'
import type { IndexedSentence, SentenceIndex, SentencePair } from './sentence-index'

const surface = (text: string, s: IndexedSentence, i: number): string =>
  text.slice(s.starts[i] as number, s.ends[i] as number)

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
): Verdict {
  const x = index.sentences[pair.x] as IndexedSentence
  const y = index.sentences[pair.y] as IndexedSentence
  const { al } = pair
  const a = { start: x.starts[al.xFrom] as number, end: x.ends[al.xTo] as number }
  const b = { start: y.starts[al.yFrom] as number, end: y.ends[al.yTo] as number }
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
    score: al.list ? 0.55 : 0.3 + 0.3 * al.dice,
    explanation,
    a,
    b
  }
}

function sameOrder(x: IndexedSentence, y: IndexedSentence, al: SentencePair['al']): boolean {
  for (let k = 0; k <= al.xTo - al.xFrom; k++)
    if (x.terms[al.xFrom + k] !== y.terms[al.yFrom + k]) return false
  return true
}
