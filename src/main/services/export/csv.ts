import { gradeText } from '../../../shared/grade'
import type { Briefing } from './briefing'
import { csvField } from './escape'

const HEADER = [
  'id',
  'article_id',
  'source_title',
  'outlet',
  'date',
  'source_grade',
  'quote',
  'note',
  'tags',
  'colour',
  'colour_meaning',
  'claim_grade',
  'start',
  'end',
  'anchor',
  'created',
  'modified'
]

// Spreadsheets run a cell that starts with one of these as a formula (OWASP "CSV Injection").
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * A CSV field that a spreadsheet shows as text: a cell that would start a formula gets a
 * leading "'" and is always quoted, as OWASP recommends. This changes the cell, so exact text
 * belongs in the JSON-LD or the bundle, which are never guarded.
 */
export const csvCell = (s: string): string =>
  FORMULA_START.test(s) ? `"'${s.replace(/"/g, '""')}"` : csvField(s)

/**
 * One row per chosen annotation (RFC 4180: CRLF rows, fields quoted when needed, quotes
 * doubled), every field guarded against formula injection (csvCell): a note or an outlet named
 * `=HYPERLINK(...)` stays text when the file is opened in a spreadsheet.
 */
export function toCsv(b: Briefing): string {
  const byId = new Map(b.sources.map((s) => [s.id, s]))
  const rows = b.annotations.map((a) => {
    const s = byId.get(a.article)
    const [quote, position] = a.target.selector
    return [
      a.id,
      a.article,
      s?.title ?? '',
      s?.outlet ?? '',
      s?.date ?? '',
      s?.grade ?? '',
      quote.exact,
      a.body.note,
      a.body.tags.join('; '),
      a.body.color,
      b.palette.find((p) => p.id === a.body.color)?.name ?? '',
      gradeText(a.body.grade),
      String(position.start),
      String(position.end),
      a.anchor.status,
      a.created,
      a.modified
    ]
  })
  // The byte-order mark makes spreadsheet programs read the file as UTF-8.
  return `\uFEFF${[HEADER, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`
}
