import { Lexer, type Token } from 'marked'
import type { DiffPart } from '../../../shared/model'
import {
  momentLine,
  shortCite,
  sourceCells,
  SOURCE_COLUMNS,
  storyGrid,
  type Briefing,
  type BriefingStory,
  type DisagreeItem,
  type Quote
} from './briefing'

type Doc = PDFKit.PDFDocument
const INK = '#1c1c1c'
const MUTED = '#555555'

const contentWidth = (doc: Doc): number =>
  doc.page.width - doc.page.margins.left - doc.page.margins.right

export function heading(doc: Doc, text: string, level: 1 | 2 | 3): void {
  const size = level === 1 ? 14 : level === 2 ? 12 : 11
  doc.moveDown(level === 1 ? 1 : 0.6)
  doc.font('sans-bold').fontSize(size).fillColor(INK).text(text, doc.page.margins.left)
  if (level === 1) {
    const y = doc.y + 1
    doc
      .moveTo(doc.page.margins.left, y)
      .lineTo(doc.page.width - doc.page.margins.right, y)
      .lineWidth(1.2)
      .strokeColor(INK)
      .stroke()
  }
  doc.moveDown(0.4)
}

/** A passage with a rule down its left side, then its citation (and any details). */
export function quote(doc: Doc, q: Quote, details = ''): void {
  const x = doc.page.margins.left
  const top = doc.y
  doc
    .font('serif')
    .fontSize(10.5)
    .fillColor(INK)
    .text(q.text, x + 12, top, { width: contentWidth(doc) - 12 })
  doc.font('sans').fontSize(8.5).fillColor(MUTED)
  doc.text(`— ${shortCite(q.source)}${details ? `; ${details}` : ''}`, x + 12, doc.y + 2, {
    width: contentWidth(doc) - 12
  })
  // The rule is drawn on this page only when the quote did not run onto the next one.
  if (doc.y > top)
    doc
      .moveTo(x + 3, top)
      .lineTo(x + 3, doc.y)
      .lineWidth(2)
      .strokeColor('#888888')
      .stroke()
  doc.x = x
  doc.moveDown(0.6)
}

/** The analyst's Markdown as plain paragraphs and bullets: the words, without the markup. */
export function markdown(doc: Doc, md: string, indent = 0): void {
  const plain = (tokens: Token[] | undefined): string =>
    (tokens ?? [])
      .map((t) =>
        'tokens' in t && t.tokens ? plain(t.tokens) : 'text' in t ? String(t.text) : t.raw
      )
      .join('')
  const x = doc.page.margins.left + indent
  const width = contentWidth(doc) - indent
  doc.font('serif').fontSize(10.5).fillColor(INK)
  for (const t of new Lexer({ gfm: true, breaks: true }).lex(md)) {
    if (t.type === 'space') continue
    if (t.type === 'list')
      for (const item of t.items as { tokens: Token[] }[])
        doc.text(`•  ${plain(item.tokens)}`, x + 8, doc.y, { width: width - 8, paragraphGap: 2 })
    else
      doc.text(
        'tokens' in t && t.tokens ? plain(t.tokens) : 'text' in t ? String(t.text) : t.raw,
        x,
        doc.y,
        { width, paragraphGap: 4 }
      )
  }
  doc.x = doc.page.margins.left
  doc.moveDown(0.3)
}

export function sourcesTable(doc: Doc, b: Briefing): void {
  doc.font('sans').fontSize(8.5).fillColor(INK)
  const header = SOURCE_COLUMNS
  doc.table({
    columnStyles: [18, '*', 90, 58, 36, 58, 46],
    data: [
      header.map((text) => ({ text, backgroundColor: '#f0f0f0' })),
      ...b.sources.map(sourceCells)
    ]
  })
  doc.x = doc.page.margins.left
  doc.moveDown(0.5)
}

/** The word diff as one paragraph: struck red for only in A, bold green for only in B. */
export function diffRuns(doc: Doc, diff: DiffPart[]): void {
  doc.text('', doc.page.margins.left, doc.y, { continued: true })
  diff.forEach((p, i) => {
    const last = i === diff.length - 1
    if (p.op === 'delete')
      doc.font('serif').fillColor('#8a1010').text(p.text, { strike: true, continued: !last })
    else if (p.op === 'insert')
      doc.font('serif-bold').fillColor('#0d5a1e').text(p.text, { strike: false, continued: !last })
    else doc.font('serif').fillColor(INK).text(p.text, { strike: false, continued: !last })
  })
  doc.fillColor(INK).moveDown(0.5)
}

export function disagreement(doc: Doc, d: DisagreeItem, n: number): void {
  heading(doc, `${n}. ${d.explanation}`, 3)
  doc.font('serif').fontSize(10).fillColor(INK)
  doc.table({
    columnStyles: ['*', '*'],
    data: [
      [
        { text: 'A', backgroundColor: '#f0f0f0' },
        { text: 'B', backgroundColor: '#f0f0f0' }
      ],
      [d.a.text, d.b.text],
      [
        { text: `— ${shortCite(d.a.source)}`, textColor: MUTED },
        { text: `— ${shortCite(d.b.source)}`, textColor: MUTED }
      ]
    ]
  })
  doc.x = doc.page.margins.left
  doc.moveDown(0.4)
  doc
    .font('sans-bold')
    .fontSize(9.5)
    .fillColor(INK)
    .text('Word diff (struck: only in A; bold: only in B)')
  doc.fontSize(10.5)
  diffRuns(doc, d.diff)
  if (d.comment.trim()) markdown(doc, `**Analyst:** ${d.comment}`)
}

/** A story: its name, its timeline, and its claim table. */
export function story(doc: Doc, st: BriefingStory): void {
  heading(doc, st.name, 2)
  doc.font('sans-bold').fontSize(9.5).fillColor(INK).text('Timeline')
  st.timeline.forEach((m, i) =>
    doc
      .font('serif')
      .fontSize(9.5)
      .fillColor(INK)
      .text(`${i + 1}. ${momentLine(m)}`)
  )
  doc.moveDown(0.4)
  doc.font('sans-bold').fontSize(9.5).text('Claims')
  const [head = [], ...rows] = storyGrid(st)
  if (!rows.length) {
    doc.font('serif-italic').fillColor(MUTED).text('No claim is stated by two of these outlets.')
    return
  }
  doc.font('sans').fontSize(8).fillColor(INK)
  doc.table({ data: [head.map((text) => ({ text, backgroundColor: '#f0f0f0' })), ...rows] })
  doc.x = doc.page.margins.left
  doc.moveDown(0.5)
}
