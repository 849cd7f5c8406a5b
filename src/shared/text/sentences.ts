/** A half-open character range [start, end) into a text. */
export type Span = { start: number; end: number }

// Abbreviations whose trailing period does not end a sentence. Lower-case, without the period.
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sr jr st gen lt col sgt capt maj gov sen rep pres rev hon mt no vs etc ' +
    'inc ltd co corp jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e a.m p.m'
  ).split(' ')
)

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0
// Closing quotes and brackets that belong to the sentence they end.
const CLOSERS = new Set(['"', "'", '\u201d', '\u2019', ')', ']', '\u00bb'])

/**
 * Splits text into sentence spans with a linear scan (Intl.Segmenter is quadratic on long
 * strings in Node 20). A sentence ends at . ! ? or an ellipsis, after any closing quotes,
 * when followed by whitespace and not preceded by a known abbreviation or a single initial.
 * Paragraph breaks (a newline) always end a sentence. Spans are trimmed of whitespace.
 */
export function splitSentences(text: string, from = 0, to = text.length): Span[] {
  const spans: Span[] = []
  let start = from
  const push = (end: number): void => {
    let s = start
    let e = end
    while (s < e && isSpace(text.charCodeAt(s))) s++
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--
    if (e > s) spans.push({ start: s, end: e })
    start = end
  }
  for (let i = from; i < to; i++) {
    const ch = text[i]
    if (ch === '\n') {
      push(i)
      continue
    }
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '\u2026') continue
    let j = i + 1
    while (j < to && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++
    while (j < to && CLOSERS.has(text[j] as string)) j++
    if (j < to && !isSpace(text.charCodeAt(j))) continue
    if (ch === '.' && endsWithAbbreviation(text, start, i)) continue
    push(j)
    i = j - 1
  }
  push(to)
  return spans
}

function endsWithAbbreviation(text: string, start: number, dot: number): boolean {
  let k = dot
  while (k > start && !isSpace(text.charCodeAt(k - 1))) k--
  const word = text
    .slice(k, dot)
    .replace(/^[("'\u201c\u2018]+/, '')
    .toLowerCase()
  if (word.length === 1 && /[a-z]/.test(word)) return true // an initial: "Jens H. Stoltenberg"
  return ABBREVIATIONS.has(word)
}
