import { gradeText } from '../../../shared/grade'
import { momentLine, type Briefing } from './briefing'
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

const STORY_HEADER = ['story', 'part', 'claim', 'status', 'outlet', 'entry']

function storyRows(b: Briefing): string[][] {
  return b.stories.flatMap((st) => [
    ...st.timeline.map((m) => [st.name, 'timeline', '', '', m.outlet, momentLine(m)]),
    ...st.claims.flatMap((c) =>
      c.cells.flatMap((cell, i) =>
        cell ? [[st.name, 'claim', c.claim, c.status, st.outlets[i] ?? '', cell]] : []
      )
    )
  ])
}

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
  const table = (t: string[][]): string => t.map((r) => r.map(csvCell).join(',')).join('\r\n')
  // Stories follow as a second table after a blank line, one row per timeline entry and per
  // outlet's value of a claim, so a spreadsheet filters them like the annotations.
  const stories = b.stories.length ? `\r\n${table([STORY_HEADER, ...storyRows(b)])}\r\n` : ''
  // The byte-order mark makes spreadsheet programs read the file as UTF-8.
  return `\uFEFF${table([HEADER, ...rows])}\r\n${stories}`
}
