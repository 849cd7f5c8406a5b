import type { Span } from './sentences'
import { splitSentences } from './sentences'

// Sentences that are page furniture rather than reporting: cross-links, sign-up and follow
// prompts, photo credits, "Loading", copyright lines. Matched at the start of a sentence.
const FURNITURE =
  /^[\s"“(]*(?:read (?:also|more)\b|see also\b|related(?: coverage| stories| articles)?:|sign up\b|subscribe\b|get (?:our|the) (?:\w+ )?newsletter|follow us\b|click here\b|share this\b|download (?:our|the) app|listen to this\b|(?:main |top )?(?:photo|image|picture|video)(?: credit)?s?\s*[:(]|photo by\b|credit:|getty images|reuters\/|ap photo|loading\b|advertisement\b|copyright\b|©|all rights reserved)/i

// A dateline opening a paragraph: "KYIV, Ukraine (AP) —", "BRUSSELS —", "date 2024-10-18".
const DATELINE =
  /^\s*(?:date \d{4}-\d{2}-\d{2}\b|[A-Z][A-Z.’' -]{2,}(?:, [A-Z][A-Za-z. ]{1,30})?\s*(?:\([^)\n]{1,30}\))?\s*[—–-]{1,2}(?=\s))/

// A paragraph wholly in brackets: "(This article is based on reports from Reuters and AP)".
const BRACKETED = /^\s*\([^()\n]{0,300}\)\s*$/

/**
 * Spans of boilerplate in a stored text, in order: furniture sentences, datelines and bracketed
 * source notes. Words inside them never seed or extend an overlap, so shared boilerplate cannot
 * make a finding on its own. Boilerplate the patterns miss is caught library-wide by the
 * document-frequency cut-off of the shingle index.
 */
export function boilerplateSpans(text: string, sentences: Span[] = splitSentences(text)): Span[] {
  const out: Span[] = []
  let lineStart = 0
  for (const line of text.split('\n')) {
    const m = DATELINE.exec(line)
    if (BRACKETED.test(line)) out.push({ start: lineStart, end: lineStart + line.length })
    else if (m) out.push({ start: lineStart, end: lineStart + m[0].length })
    lineStart += line.length + 1
  }
  for (const s of sentences)
    if (FURNITURE.test(text.slice(s.start, Math.min(s.end, s.start + 60)))) out.push(s)
  return out.sort((a, b) => a.start - b.start)
}
