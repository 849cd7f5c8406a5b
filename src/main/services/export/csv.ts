import { gradeLabel, type Briefing } from './briefing'
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

/**
 * One row per chosen annotation (RFC 4180: CRLF rows, fields quoted when needed, quotes
 * doubled). Fields are never rewritten, not even with the usual "'" guard against spreadsheet
 * formulas, because each quote must be the annotated text character for character.
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
      gradeLabel(a.body.grade),
      String(position.start),
      String(position.end),
      a.anchor.status,
      a.created,
      a.modified
    ]
  })
  // The byte-order mark makes spreadsheet programs read the file as UTF-8.
  return `\uFEFF${[HEADER, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`
}
