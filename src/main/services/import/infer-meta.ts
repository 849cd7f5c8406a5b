import { compareTimes } from '../../../shared/published'
import { countWords } from '../../../shared/text/paragraphs'
import { splitSentences } from '../../../shared/text/sentences'
import { detectLanguage } from './language'
import { readStamp, statedInText, type Stamp } from './publication-time'

/** The metadata an import produces; each text field is '' when nothing trustworthy was found. */
export type InferredMeta = {
  title: string
  source: string
  /** YYYY-MM-DD, or '' when no full date (with a year) is stated. */
  date: string
  /** A timestamp with time of day, when stated (see ArticleMeta.published); absent otherwise. */
  published?: string
  /** When the article says it was last updated (a timestamp or a day); absent otherwise. */
  updated?: string
  author: string
  url: string
  language: string
  wordCount: number
}

/** What the file itself declared (HTML meta tags, PDF info), read before inference. */
export type MetaHints = Partial<{
  title: string
  siteName: string
  published: string
  author: string
  url: string
  language: string
  /** When the file says it was last modified, as stated. */
  modified: string
  /** From a leading `date YYYY-MM-DD` line, already removed from the text. */
  date: string
}>

const LEADING_DATE = /^date:?\s+(\d{4})-(\d{2})-(\d{2})\b[\s:.,-]*/i

/**
 * Removes a leading `date YYYY-MM-DD` token from the first paragraph (seed 000 carries its date
 * that way) and returns the date. Paragraphs must already be normalised.
 */
export function takeLeadingDate(paragraphs: string[]): { paragraphs: string[]; date: string } {
  const [first, ...rest] = paragraphs
  const m = first === undefined ? null : LEADING_DATE.exec(first)
  if (!m || first === undefined) return { paragraphs, date: '' }
  const date = validDate(Number(m[1]), Number(m[2]), Number(m[3]))
  if (!date) return { paragraphs, date: '' }
  const body = first.slice(m[0].length)
  return { paragraphs: body ? [body, ...rest] : rest, date }
}

function validDate(y: number, m: number, d: number): string {
  const t = new Date(Date.UTC(y, m - 1, d))
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return ''
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

// Short first lines that are furniture, not headlines.
const NOT_HEADLINE = /^(by\s|photo|image|advertisement|loading\b|read also|updated|published)/i

/**
 * A headline is a short first paragraph followed by more text: no final period, or a single
 * short sentence ending in one (seed 003's headline does).
 */
export function headlineOf(paragraphs: readonly string[]): string {
  const [first] = paragraphs
  if (first === undefined || paragraphs.length < 2 || NOT_HEADLINE.test(first)) return ''
  const words = countWords(first)
  if (/[,:;]$/.test(first) || words < 2) return ''
  if (!first.endsWith('.')) return first.length <= 160 && words <= 25 ? first : ''
  // With a final period, only a short single sentence without reporting verbs reads as a
  // headline; "The minister said on Tuesday that ..." is a lede.
  const oneSentence = !/[.!?]["”’)]?\s+\S/.test(first)
  const lede = /\b(said|says|told|added|according|reported)\b/i.test(first)
  return oneSentence && !lede && first.length <= 100 && words <= 12 ? first : ''
}

/** The first sentence, cut at a word boundary near `max` characters with an ellipsis. */
export function shortenedFirstSentence(text: string, max = 80): string {
  const span = splitSentences(text)[0]
  const sentence = span ? text.slice(span.start, span.end) : text.trim()
  if (sentence.length <= max) return sentence
  const cut = sentence.slice(0, max + 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut.slice(0, max)).replace(/[\s,;:.–—-]+$/, '')}…`
}

/** "Headline | Outlet" to "Headline", when the tail is the outlet or a short site name. */
export function cleanPageTitle(title: string, siteName: string): string {
  const m = /^(.{8,}?)\s+[|–—-]\s+([^|–—-]{2,40})$/.exec(title)
  if (!m?.[1] || !m[2]) return title
  const tail = m[2].trim()
  return tail.toLowerCase() === siteName.toLowerCase() || countWords(tail) <= 3 ? m[1] : title
}

const domainOf = (url: string): string => {
  try {
    return new URL(url).hostname.replace(/^www\./, '')
  } catch {
    return ''
  }
}

// Attributions that name the outlet itself, not a source it quotes. Past-tense "X reported" is
// deliberately absent: seed 001 says "the Wall Street Journal reported" about another outlet.
const NAME = "([A-Z][\\w'&.-]*(?: [A-Z][\\w'&.-]*){0,3})"
const ATTRIBUTIONS = [
  new RegExp(`\\b${NAME} reports,? citing\\b`),
  new RegExp(`\\b(?:an? |the )?${NAME} correspondent reports\\b`),
  /\bbased on (?:reports|reporting) (?:from|by) ([^)]{2,80}?)\)?\.?$/i
]
const BYLINE = /^by\s+([^,|]{2,60}?)(?:\s*[,|]\s*(.{2,40}))?$/i

function sourceOf(paragraphs: readonly string[], hints: MetaHints): string {
  if (hints.siteName) return hints.siteName
  if (hints.url && domainOf(hints.url)) return domainOf(hints.url)
  for (const p of paragraphs.slice(0, 3)) {
    const outlet = BYLINE.exec(p)?.[2]
    if (outlet) return outlet.trim()
  }
  for (const p of paragraphs) {
    for (const re of ATTRIBUTIONS) {
      const m = re.exec(p)?.[1]
      if (m) return m.replace(/^the /i, '').trim()
    }
  }
  return ''
}

function authorOf(paragraphs: readonly string[], hints: MetaHints): string {
  if (hints.author) return hints.author
  for (const p of paragraphs.slice(0, 3)) {
    const name = BYLINE.exec(p)?.[1]?.trim()
    if (name && countWords(name) <= 5 && /^[A-Z]/.test(name)) return name
  }
  return ''
}

type Times = Pick<InferredMeta, 'date' | 'published' | 'updated'>

/**
 * The day and, when stated, the time of publication and of the last update: the page's
 * declared times, else "Published"/"Updated" lines, else a dateline near the top. A month and
 * day without a year ("On November 13") gives nothing rather than a guessed year. A time that
 * names another day than the one the text leads with is dropped, as is an update before it.
 */
function timesOf(paragraphs: readonly string[], hints: MetaHints): Times {
  const lines = statedInText(paragraphs)
  const declared = (hints.published && readStamp(hints.published)) || lines.published
  let dateline: Stamp | undefined
  for (const p of declared || hints.date ? [] : paragraphs.slice(0, 3)) {
    dateline = readStamp(p.slice(0, 160))
    if (dateline) break
  }
  const date = hints.date || declared?.day || dateline?.day || ''
  const published = [declared?.stamp, dateline?.stamp].find((s) => s && s.startsWith(date))
  const changed = (hints.modified && readStamp(hints.modified)) || lines.updated
  const updated = changed?.stamp || changed?.day
  const after = updated && (compareTimes(updated, published || date) ?? 1) > 0
  return {
    date,
    ...(published ? { published } : {}),
    ...(updated && after ? { updated } : {})
  }
}

/** Infers title, source, date, author, url, language and word count from the text and hints. */
export function inferMeta(paragraphs: readonly string[], hints: MetaHints = {}): InferredMeta {
  const text = paragraphs.join('\n\n')
  const declared = hints.title ? cleanPageTitle(hints.title, hints.siteName ?? '') : ''
  return {
    title: headlineOf(paragraphs) || declared || shortenedFirstSentence(paragraphs[0] ?? ''),
    source: sourceOf(paragraphs, hints),
    ...timesOf(paragraphs, hints),
    author: authorOf(paragraphs, hints),
    url: hints.url ?? '',
    language: hints.language
      ? (hints.language.toLowerCase().split(/[-_]/)[0] ?? '')
      : detectLanguage(text),
    wordCount: countWords(text)
  }
}
