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
const SAY = '(?:said|says|added|noted|stressed|warned|told reporters|stated|wrote|insisted)'
const NAME = "((?:[A-Z][a-z]+(?:[-'][A-Za-z]+)?\\s){0,2}[A-Z][a-z]+(?:[-'][A-Za-z]+)?)"
const AFTER_SAY_NAME = new RegExp(`^[,.]?\\s*${SAY}\\s+${NAME}`)
const AFTER_NAME_SAY = new RegExp(`^[,.]?\\s*${NAME}\\s+${SAY}`)
const BEFORE = new RegExp(`${NAME}\\s+${SAY}(?:\\s+that)?[,:]?\\s*$`)
const NOT_SPEAKER = /^(He|She|They|It|We|I|The|This|That|But|And|Officials?)$/

/**
 * Quotations of at least four words with their speakers, from "..., X said", "X said: ..."
 * and "..., said X". A pronoun speaker ("he said") is left unnamed: resolving it would guess.
 */
export function quotesIn(text: string): Quote[] {
  const out: Quote[] = []
  QUOTE_RE.lastIndex = 0
  for (let m = QUOTE_RE.exec(text); m; m = QUOTE_RE.exec(text)) {
    const words = (m[1] as string).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
    if (words.length < 4) continue
    const start = m.index
    const end = start + m[0].length
    const after = text.slice(end, end + 60)
    const before = text.slice(Math.max(0, start - 60), start)
    const name =
      AFTER_SAY_NAME.exec(after)?.[1] ?? AFTER_NAME_SAY.exec(after)?.[1] ?? BEFORE.exec(before)?.[1]
    const clean = name && !NOT_SPEAKER.test(name.split(' ')[0] as string) ? name : ''
    out.push({
      words,
      speaker: clean ? (clean.split(' ').pop() as string).toLowerCase() : '',
      speakerName: clean,
      start,
      end
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
  return !x.some((n) => y.includes(n))
}

const TITLE =
  /^(?:Secretary|President|Minister|Officer|Sergeant|Chief|Director|Spokesman|Spokeswoman|Governor|General|Mayor|Senator|Sen|Rep|Mr|Mrs|Ms|Dr|Prof|Judge|Captain|Capt|Lt|Col|The|A|An)$/
