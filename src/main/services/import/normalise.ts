/** A half-open range [start, end) of UTF-16 code units in the stored text. */
export type Span = { start: number; end: number }

/** Stored text plus the offsets of its paragraphs; `text.slice(p.start, p.end)` is paragraph p. */
export type NormalisedText = { text: string; paragraphs: Span[] }

// Invisible characters that only break words apart in search and quoting: zero-width space,
// joiners, word joiner, soft hyphen, and a stray BOM in the middle of pasted text.
const INVISIBLE = /[\u200b-\u200d\u2060\u00ad\ufeff]/g
// C0 controls other than tab and newline (and DEL): noise from PDFs and old editors.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g

/** One paragraph as it is stored: NFC, no invisible characters, whitespace runs as one space. */
export function normaliseParagraph(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(CONTROLS, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * Joins paragraphs into the stored text, separated by a blank line, dropping empty ones. The
 * offsets returned are into exactly the string returned, so later slicing is always exact.
 */
export function joinParagraphs(raws: readonly string[]): NormalisedText {
  const kept = raws.map(normaliseParagraph).filter((p) => p.length > 0)
  const paragraphs: Span[] = []
  let pos = 0
  for (const p of kept) {
    paragraphs.push({ start: pos, end: pos + p.length })
    pos += p.length + 2
  }
  return { text: kept.join('\n\n'), paragraphs }
}

/**
 * Splits plain text into raw paragraphs. With blank lines present they separate paragraphs and
 * single newlines are only wrapping; with none, every line is a paragraph (the seed 001 layout,
 * common in text copied from web pages). A form feed counts as a blank line.
 */
export function splitPlainText(raw: string): string[] {
  const text = raw.replace(/\r\n?/g, '\n').replace(/\f/g, '\n\n')
  return /\n[ \t\u00a0]*\n/.test(text) ? text.split(/\n[ \t\u00a0]*\n\s*/) : text.split('\n')
}
