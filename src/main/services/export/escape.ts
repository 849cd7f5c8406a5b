/**
 * Escaping for each output format. Every piece of article text, title or comment goes through
 * one of these; only notes and the summary are Markdown on purpose (see markdown-safe.ts).
 */

/** HTML text and attribute values. */
export const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

// CommonMark lets a backslash escape any ASCII punctuation, so escaping every character that can
// start or end markup keeps text literal in any renderer without guessing at context.
const MD_SPECIAL = /[\\`*_{}[\]()<>#+!|~&$=-]/g

/** Inline Markdown text: renders back to exactly `s` (newlines become hard line breaks). */
export const escapeMarkdown = (s: string): string =>
  s
    .replace(MD_SPECIAL, '\\$&')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2')
    // Four leading spaces would start a code block; as character references they stay spaces.
    .replace(/^ +/gm, (m) => '&#32;'.repeat(m.length))
    .replace(/\r?\n/g, '\\\n')

/**
 * A Markdown table cell: literal, on one line. Line breaks become `<br>` (the one tag GFM table
 * cells need for them) or a space for short fields.
 */
export const escapeCell = (s: string, lineBreak: '<br>' | ' ' = ' '): string =>
  s
    .split(/\r?\n/)
    .map((line) => escapeMarkdown(line))
    .join(lineBreak)

/**
 * An analyst's Markdown note placed inside a list item or block quote: its formatting stays,
 * raw HTML is neutralised (a `<script>` shows as text, it never becomes an element), and every
 * line is indented so a blank line cannot end the item early.
 */
export const embedMarkdown = (md: string, indent: string): string =>
  md
    .replace(/\r\n?/g, '\n')
    .replace(/</g, '\\<')
    .split('\n')
    .map((line) => (line ? indent + line : indent.trimEnd()))
    .join('\n')

/** RFC 4180 field: quoted when it holds a comma, quote, CR or LF; quotes doubled. */
export const csvField = (s: string): string =>
  /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
