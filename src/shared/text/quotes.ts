import type { Span } from './sentences'

const OPEN_DOUBLE = new Set([0x201c, 0x201e, 0xab])
const CLOSE_DOUBLE = new Set([0x201d, 0xbb])
const isLetter = (c: number): boolean =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c >= 0xc0

/**
 * Quotations: spans between quote marks, the marks excluded. Curly and guillemet marks pair by
 * direction; straight double quotes toggle; single curly quotes count only at word edges, so
 * the apostrophe in "Russia’s" is not a quote. A quote never runs past a line break: an
 * unbalanced mark costs one paragraph, not the rest of the article.
 */
export function quoteSpans(text: string): Span[] {
  const out: Span[] = []
  let open = -1
  let single = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c !== 10 && c !== 34 && c < 0xab) continue // the common case: not a mark at all
    if (c === 10) open = -1
    else if (open < 0 && (OPEN_DOUBLE.has(c) || c === 34)) [open, single] = [i + 1, false]
    else if (open >= 0 && !single && (CLOSE_DOUBLE.has(c) || c === 34)) {
      if (i > open) out.push({ start: open, end: i })
      open = -1
    } else if (c === 0x2018 && open < 0 && !isLetter(text.charCodeAt(i - 1)))
      [open, single] = [i + 1, true]
    else if (c === 0x2019 && open >= 0 && single && !isLetter(text.charCodeAt(i + 1))) {
      if (i > open) out.push({ start: open, end: i })
      open = -1
    }
  }
  return out
}

const VERBS =
  'said|says|told|spoke|added|noted|stressed|warned|emphasi[sz]ed|claimed|mentioned|stated|insisted|explained|wrote|announced|declared|argued|asked|(?:issued|released) (?:a |the following |this )?statement'
const ONE_NAME = "[A-Z][\\w.’'-]*(?:\\s+(?:[A-Z][\\w.’'-]*|of|de|van|von))*"
// "Zadan and Meron said": a joint statement has one speaker, both names.
const NAME = `${ONE_NAME}(?:\\s+and\\s+${ONE_NAME})?`
const PRONOUN = '(?:he|she|they|He|She|They)'
const WHO = `${NAME}|${PRONOUN}`
// An appositive between the speaker and the verb: "Nirad Sinha, a navy spokesman, told CNN".
const APPOSITIVE = `,\\s+(?:a|an|the)\\s+[^,“”"().!?]{1,60},`
// "…,” said Mark Rutte" / "…,” Mark Rutte said" / "…,” he said" / "…,” Chargers general
// manager A.J. Smith said" / "…,” Commodore Nirad Sinha, a navy spokesman, told CNN": just
// after the quote, behind at most four words of title.
const AFTER = new RegExp(
  `^[\\s,.]*(?:(?:${VERBS})\\s+(${WHO})|(?:[A-Za-z][\\w’'-]*\\s+){0,4}?(${WHO})(?:${APPOSITIVE})?\\s+(?:${VERBS})\\b)`
)
// "Mark Rutte said that “…" / "Stoltenberg told reporters “…", just before the quote.
// The words between the verb and the quote stay in one sentence: "Smith said as he stood
// alone at midcourt. “…" gives the next quotation no speaker.
const BEFORE = new RegExp(`(${WHO})(?:${APPOSITIVE})?\\s+(?:${VERBS})\\b[^“”".!?]{0,80}$`)
// After a quotation that closes its sentence, "Ty Lawson added 16 points" starts a new claim:
// the name and verb attribute it only when the clause ends there ("…." Smith said.).
const ENDS_ATTRIBUTION = /^\s*(?:[.,;:]|$|(?:in|on|at|to|during)\s)/
const FULL_NAME = /\b[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+)+/g
const NAMED_SPEAKER = new RegExp(`(${NAME})\\s+(?:${VERBS})\\b|\\b(?:${VERBS})\\s+(${NAME})`, 'g')

/**
 * Who the article says spoke the quotation at `quote`: a name next to a reporting verb just
 * after or before it, on the same line. "he"/"she" is resolved to the last named speaker in
 * the preceding text, unless `resolvePronoun` is false (then it is returned as written).
 * Undefined when nobody is named.
 */
export function speakerOf(text: string, quote: Span, resolvePronoun = true): string | undefined {
  const lineStart = text.lastIndexOf('\n', quote.start) + 1
  const nl = text.indexOf('\n', quote.end)
  const lineEnd = nl < 0 ? text.length : nl
  const tail = text.slice(quote.end + 1, Math.min(lineEnd, quote.end + 100))
  let after = AFTER.exec(tail)
  if (after && /[.!?]\s*$/.test(text.slice(quote.start, quote.end))) {
    if (!ENDS_ATTRIBUTION.test(tail.slice(after[0].length))) after = null
  }
  const before = BEFORE.exec(text.slice(Math.max(lineStart, quote.start - 160), quote.start - 1))
  const who = after?.[1] ?? after?.[2] ?? before?.[1]
  if (!who) return undefined
  if (!new RegExp(`^${PRONOUN}$`).test(who)) return tidy(who)
  if (!resolvePronoun) return who
  return lastNamedSpeaker(text.slice(Math.max(0, quote.start - 1500), quote.start)) ?? who
}

function lastNamedSpeaker(before: string): string | undefined {
  let last: string | undefined
  for (const m of before.matchAll(NAMED_SPEAKER)) {
    const name = m[1] ?? m[2]
    if (name && !new RegExp(`^${PRONOUN}$`).test(name)) last = name
  }
  // No reporting verb: fall back to the last full name (two capitalised words) mentioned.
  last ??= [...before.matchAll(FULL_NAME)].pop()?.[0]
  return last && tidy(last)
}

const tidy = (name: string): string => name.replace(/[’'].*$|[.,]$/, '').trim()
