import type { Finding, PassageRef } from '../../model'
import type { Span } from '../../text/sentences'
import { wordDiff } from '../diff'
import { findingId } from '../finding-id'
import { MAX_CONTENT_EDITS, type Alignment } from './align'
import { explain } from './explain'
import { CONTENT, QUOTED, type Features } from './features'

/** Fewest matched words for a finding, and fewest of them that are content words. */
export const MIN_WORDS = 8
export const MIN_CONTENT = 4
const MIN_EDITED_WORDS = 10
const MIN_REPEAT_WORDS = 12
const LONG_RUN = 30
const SENTENCE_COVER = 0.8
/** A whole shared quotation may be shorter: "Putin will not get his way". */
const MIN_QUOTE_WORDS = 5
const MIN_QUOTE_CONTENT = 3

/**
 * True when the alignment is long and specific enough to show an analyst. An exact run needs
 * 8 words, 4 of them content words. An edited run needs 10, and at most one content word in
 * ten may differ (none in a short sentence): edits to "has"/"could"/"around" keep a sentence
 * the same; a different subject, place or number in the same frame makes another sentence
 * (numbers and names that disagree are the claims engine's business).
 */
export function worthReporting(x: Features, y: Features, al: Alignment): boolean {
  if ((x === y && al.matched < MIN_REPEAT_WORDS) || !sentenceLike(x, y, al))
    return quoteOnly(x, y, al)
  const exact = isExact(al)
  if (exact && al.matched >= MIN_WORDS && al.content >= MIN_CONTENT) return true
  const contentWords = Math.max(
    countFlag(x, al.xStart, al.xEnd, CONTENT),
    countFlag(y, al.yStart, al.yEnd, CONTENT)
  )
  if (
    !exact &&
    al.matched >= MIN_EDITED_WORDS &&
    al.content >= MIN_CONTENT + 1 &&
    contentWords - al.content <= Math.floor(MAX_CONTENT_EDITS * contentWords)
  )
    return true
  return quoteOnly(x, y, al)
}

/**
 * "The same sentence or a longer run": at least 8 of the matched words must lie in sentences
 * the run covers almost entirely, on both sides (or the run is very long). A shared fragment
 * of a longer sentence ("the defence minister of NATO, said there was no evidence that"), even
 * strung across a sentence break, is a stock frame, not reuse.
 */
function sentenceLike(x: Features, y: Features, al: Alignment): boolean {
  if (al.matched >= LONG_RUN) return true
  return (
    inWholeSentences(x, al.xStart, al.xEnd) >= MIN_WORDS &&
    inWholeSentences(y, al.yStart, al.yEnd) >= MIN_WORDS
  )
}

/** Words of [from, to) that belong to sentences the range covers for 80 % or more. */
function inWholeSentences(f: Features, from: number, to: number): number {
  let total = 0
  let k = from
  while (k < to) {
    const s = f.sentenceOf[k] as number
    let n = 0
    for (; k < to && f.sentenceOf[k] === s; k++) n++
    if (n >= SENTENCE_COVER * (f.sentenceWords[s] as number)) total += n
  }
  return total
}

/** A whole quotation, shorter than a sentence, quoted in both articles. */
function quoteOnly(x: Features, y: Features, al: Alignment): boolean {
  return (
    x !== y &&
    al.matched >= MIN_QUOTE_WORDS &&
    al.content >= MIN_QUOTE_CONTENT &&
    isExact(al) &&
    countFlag(x, al.xStart, al.xEnd, QUOTED) === al.xEnd - al.xStart &&
    countFlag(y, al.yStart, al.yEnd, QUOTED) === al.yEnd - al.yStart &&
    (wholeQuote(x, al.xStart, al.xEnd) || wholeQuote(y, al.yStart, al.yEnd))
  )
}

const isExact = (al: Alignment): boolean =>
  al.xEnd - al.xStart === al.matched && al.yEnd - al.yStart === al.matched

function countFlag(f: Features, from: number, to: number, bit: number): number {
  let n = 0
  for (let k = from; k < to; k++) if ((f.flags[k] as number) & bit) n++
  return n
}

/**
 * The finding for an alignment. Side a is the older article (the diff then reads from the likely
 * source to the copy); a dated article comes before an undated one; otherwise the smaller id
 * goes first. Inside one article side a is the earlier copy. The same texts give the same finding whatever the order.
 */
export function toFinding(x: Features, y: Features, al: Alignment): Finding {
  const same = x === y
  const swap = same || !first(x, y)
  const [pa, pb] = [passage(x, al.xStart, al.xEnd), passage(y, al.yStart, al.yEnd)]
  const [a, b] = swap ? [pb, pa] : [pa, pb]
  const [fa, fb] = swap ? [y, x] : [x, y]
  const diff = wordDiff(a.text, b.text)
  const longer = Math.max(al.xEnd - al.xStart, al.yEnd - al.yStart)
  const exact = isExact(al)
  const ratio = al.matched / longer
  const quoted =
    quotedShare(x, al.xStart, al.xEnd) >= 0.6 && quotedShare(y, al.yStart, al.yEnd) >= 0.6
  const kind = same ? 'duplicate' : 'overlap'
  const subtype = same
    ? 'repeated'
    : quoted
      ? 'shared-quote'
      : exact
        ? 'identical'
        : 'near-identical'
  const explanation = explain({ subtype, matched: al.matched, longer, a, b, fa, fb, diff })
  return {
    id: findingId(kind, side(fa, a), side(fb, b)),
    kind,
    subtype,
    score: Math.round(ratio * (0.7 + 0.3 * Math.min(1, al.matched / 20)) * 100) / 100,
    explanation,
    a,
    b,
    diff
  }
}

/** Whether x's side comes first: the older article, a dated one before an undated one, else id. */
function first(x: Features, y: Features): boolean {
  const dx = x.doc.date ?? ''
  const dy = y.doc.date ?? ''
  if (dx !== dy) return dx && dy ? dx < dy : dx !== ''
  return x.doc.id < y.doc.id
}

const side = (f: Features, p: PassageRef): { contentHash: string; start: number; end: number } => ({
  contentHash: f.doc.contentHash,
  start: p.start,
  end: p.end
})

// Closing punctuation directly after the last word belongs to the passage: "world." / "fight.”"
const TRAILING = /^[.!?]*["”’')\]]?/

function passage(f: Features, from: number, to: number): PassageRef {
  const text = f.doc.text
  const start = f.tokens.starts[from] as number
  let end = f.tokens.ends[to - 1] as number
  end += (TRAILING.exec(text.slice(end, end + 4))?.[0] ?? '').length
  return { article: f.doc.id, start, end, text: text.slice(start, end) }
}

function quotedShare(f: Features, from: number, to: number): number {
  return to > from ? countFlag(f, from, to, QUOTED) / (to - from) : 0
}

function quoteAt(f: Features, at: number): Span | undefined {
  return f.quotes.find((q) => q.start <= at && at < q.end)
}

function wholeQuote(f: Features, from: number, to: number): boolean {
  const q = quoteAt(f, f.tokens.starts[from] as number)
  if (!q) return false
  const inside = f.tokens.starts.filter((s) => s >= q.start && s < q.end).length
  return inside === to - from
}
