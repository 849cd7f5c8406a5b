import { speakerOf } from '../../text/quotes'

/** A quotation in an article and who the article says said it. */
export type Quote = {
  /** Lower-case words of the quotation, for matching it in another article. */
  words: string[]
  /** Surname of the speaker, lower case; '' when the article does not name one. */
  speaker: string
  /** The speaker's name as written. */
  speakerName: string
  /** Offsets of the quotation with its marks. */
  start: number
  end: number
}

const QUOTE_RE = /[“"]([^“”"]{12,600})[”"]/g
const NOT_SPEAKER = /^(He|She|They|It|We|I|The|This|That|But|And|Officials?)$/

/**
 * Quotations of at least four words with their speakers (see speakerOf: "..., X said",
 * "X said: ...", "..., said X", "..., team general manager A.J. Smith said"). A pronoun
 * speaker ("he said") is left unnamed: resolving it would guess.
 */
export function quotesIn(text: string): Quote[] {
  const out: Quote[] = []
  QUOTE_RE.lastIndex = 0
  for (let m = QUOTE_RE.exec(text); m; m = QUOTE_RE.exec(text)) {
    const words = (m[1] as string).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
    if (words.length < 4) continue
    const start = m.index
    const end = start + m[0].length
    // A pronoun is left unnamed: resolving it would guess.
    const name = speakerOf(text, { start: start + 1, end: end - 1 }, false)
    const clean = name && !NOT_SPEAKER.test(name.split(' ')[0] as string) ? name : ''
    // The passage shows the quotation with its speaker's name, as the reader checks both.
    const after = clean ? text.indexOf(clean, end) : -1
    const before = clean && after < 0 ? text.lastIndexOf(clean, start) : -1
    out.push({
      words,
      speaker: clean ? (clean.split(' ').pop() as string).toLowerCase() : '',
      speakerName: clean,
      start: before >= 0 && before > start - 200 ? before : start,
      end: after >= 0 && after < end + 120 ? after + clean.length : end
    })
  }
  return out
}

const GRAM = 6

/**
 * Keys under which a quotation is indexed: the whole of a short one; for a longer one the word
 * 6-grams whose hash is 0 mod 4 (and always the first), so two quotations sharing a dozen words
 * almost surely share a key while each indexes a quarter of its grams.
 */
export function quoteKeys(q: Quote): string[] {
  if (q.words.length < GRAM) return [q.words.join(' ')]
  const keys: string[] = []
  for (let i = 0; i + GRAM <= q.words.length; i++) {
    let h = 0x811c9dc5
    for (let k = i; k < i + GRAM; k++) {
      const w = q.words[k] as string
      for (let c = 0; c < w.length; c++) h = Math.imul(h ^ w.charCodeAt(c), 0x01000193)
      h = Math.imul(h ^ 32, 0x01000193)
    }
    if (i === 0 || (h & 3) === 0) keys.push(String(h))
  }
  return keys
}

/** The same quotation given to two different named people. */
export const misattributed = (a: Quote, b: Quote): boolean =>
  a.speaker !== '' &&
  b.speaker !== '' &&
  a.speaker !== b.speaker &&
  distinctPeople(a.speakerName, b.speakerName)

/**
 * Two speakers are different people only when both are named and share no name: "Secretary"
 * and "Kempthorne" are one person; "Zadan and Meron" is one joint speaker, not two.
 */
function distinctPeople(a: string, b: string): boolean {
  const names = (s: string): string[] =>
    s.match(/\b[A-Z][a-z'’-]+\b/g)?.filter((w) => !TITLE.test(w)) ?? []
  const x = names(a)
  const y = names(b)
  if (!x.length || !y.length) return false
  return !x.some((n) => y.some((m) => sameName(n, m)))
}

/** "Heffner" and "Hefner" are one person misspelt: long names one edit apart are the same. */
function sameName(a: string, b: string): boolean {
  if (a === b) return true
  if (Math.min(a.length, b.length) < 5 || Math.abs(a.length - b.length) > 1) return false
  let i = 0
  while (i < a.length && a[i] === b[i]) i++
  // One substitution, insertion or deletion at the first difference, the rest equal.
  return (
    a.slice(i + 1) === b.slice(i + 1) ||
    a.slice(i) === b.slice(i + 1) ||
    a.slice(i + 1) === b.slice(i)
  )
}

const TITLE =
  /^(?:Secretary|President|Minister|Manager|Commander|Commodore|Spokesman|Officer|Sergeant|Chief|Director|Spokesman|Spokeswoman|Governor|General|Mayor|Senator|Sen|Rep|Mr|Mrs|Ms|Dr|Prof|Judge|Captain|Capt|Lt|Col|The|A|An)$/
