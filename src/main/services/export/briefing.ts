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

/** One article on a story's timeline in the briefing. */
export type StoryMoment = { when: string; outlet: string; title: string; cite: number }

/** One claim row of a story's table, as text: the claim, then a cell per outlet. */
export type StoryClaim = { claim: string; status: 'agree' | 'conflict' | 'update'; cells: string[] }

/** A story the briefing's articles tell: its timeline and its claim table. */
export type BriefingStory = {
  name: string
  timeline: StoryMoment[]
  /** The outlets heading the claim table's columns. */
  outlets: string[]
  claims: StoryClaim[]
}

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
  /** Stories of two or more of the chosen articles, each over those articles only. */
  stories: BriefingStory[]
  /** The chosen annotations as stored, for the JSON-LD and CSV formats. */
  annotations: Annotation[]
  palette: PaletteColor[]
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

const STATUS_TEXT = { agree: '', conflict: 'CONFLICT', update: 'UPDATED FIGURE' } as const

/** A claim table as a grid of text: the header row, then a row per claim. */
export const storyGrid = (st: BriefingStory): string[][] => [
  ['Claim', ...st.outlets],
  ...st.claims.map((c) => [
    [c.claim, STATUS_TEXT[c.status]].filter(Boolean).join(' — '),
    ...c.cells.map((x) => x || '—')
  ])
]

/** A timeline entry as one line: "2 Jul 2013, 09:14 UTC · Reuters · Title [3]". */
export const momentLine = (m: StoryMoment): string =>
  `${m.when || 'undated'} · ${m.outlet || 'unknown outlet'} · ${m.title} [${m.cite}]`

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
