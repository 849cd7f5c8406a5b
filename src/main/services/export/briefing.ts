import type { BriefingSection, BriefingSpec } from '../../../shared/contract'
import type { Annotation, DiffPart, PaletteColor } from '../../../shared/model'

/** A numbered source, cited as [n] wherever one of its passages is quoted. */
export type Citation = {
  n: number
  id: string
  title: string
  outlet: string
  /** ISO date or empty. */
  date: string
  author: string
  url: string
  /** The source's grade as shown ("B2"), or empty when ungraded. */
  grade: string
}

/** An exact passage of a source: `text` is the stored text, character for character. */
export type Quote = { text: string; source: Citation; start: number; end: number }

/** One row of the sources table. */
export type SourceRow = Citation & { annotations: number; findings: number }

/** A confirmed overlap or paraphrase, or a corroborating link. */
export type AgreeItem = {
  relation: string
  explanation: string
  a: Quote
  b: Quote
  comment: string
}

/** A confirmed contradiction or a `contradicts` link: both passages and the word diff. */
export type DisagreeItem = {
  explanation: string
  a: Quote
  b: Quote
  diff: DiffPart[]
  comment: string
}

/** An annotation as it appears in the briefing. */
export type NoteItem = {
  id: string
  quote: Quote
  /** Markdown, as the analyst wrote it. */
  note: string
  tags: string[]
  /** The colour's meaning ("Key claim") and its hex value. */
  meaning: string
  colorId: string
  grade: string
  /** Set when re-anchoring could not place it in the current text (its quote is the old one). */
  orphan: boolean
}

/** Annotations under one tag or one colour meaning (then `colorId` names the colour). */
export type NoteGroup = { label: string; colorId?: string; items: NoteItem[] }

/** Everything every format renders, resolved and ordered: the formats only lay it out. */
export type Briefing = {
  title: string
  author: string
  marking: string
  /** The day it was produced (YYYY-MM-DD). */
  date: string
  summary: string
  sections: BriefingSection[]
  paper: BriefingSpec['paper']
  groupBy: BriefingSpec['groupBy']
  sources: SourceRow[]
  agree: AgreeItem[]
  disagree: DisagreeItem[]
  groups: NoteGroup[]
  /** The chosen annotations as stored, for the JSON-LD and CSV formats. */
  annotations: Annotation[]
  palette: PaletteColor[]
}

export const SECTION_TITLES: Record<BriefingSection, string> = {
  summary: 'Executive summary',
  sources: 'Sources',
  agree: 'Where the sources agree',
  disagree: 'Where they disagree',
  annotations: 'Annotations',
  appendix: 'Appendix: full citations'
}

/** The sources table's columns, and one row's cells as text (a dash for what is unknown). */
export const SOURCE_COLUMNS = ['#', 'Title', 'Outlet', 'Date', 'Grade', 'Annotations', 'Findings']
export const sourceCells = (s: SourceRow): string[] => [
  String(s.n),
  s.title,
  s.outlet || '—',
  s.date || '—',
  s.grade || '—',
  String(s.annotations),
  String(s.findings)
]

/** The one-line citation used after each quote: "[2] Reuters, 2024-11-28, B2". */
export const shortCite = (c: Citation): string =>
  `[${c.n}] ${[c.outlet || c.title, c.date, c.grade && `graded ${c.grade}`].filter(Boolean).join(', ')}`

/** What follows an annotation's citation: grade, colour meaning, tags, and a warning if orphaned. */
export const noteDetails = (n: NoteItem): string =>
  [
    n.grade && `claim graded ${n.grade}`,
    n.meaning,
    n.tags.length && `tags: ${n.tags.join(', ')}`,
    n.orphan && 'needs attention: not found in the current text'
  ]
    .filter(Boolean)
    .join('; ')

/** The full citation of the appendix. */
export const fullCite = (c: Citation): string =>
  [
    c.author,
    `“${c.title}”`,
    c.outlet,
    c.date || 'undated',
    c.url,
    c.grade ? `source grade ${c.grade}` : 'ungraded'
  ]
    .filter(Boolean)
    .join('. ')

/** File-name-safe form of the title. */
export const fileStem = (title: string): string =>
  title
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .toLowerCase()
    .slice(0, 60) || 'briefing'
