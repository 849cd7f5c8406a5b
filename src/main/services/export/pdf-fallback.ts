import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import PDFDocument from 'pdfkit'
import { SECTION_TITLES } from '../../../shared/briefing-spec'
import type { BriefingSection } from '../../../shared/contract'
import { fullCite, noteDetails, type Briefing } from './briefing'
import { disagreement, heading, markdown, quote, sourcesTable, story } from './pdf-fallback-parts'

// DejaVu ships in an npm package, so “curly quotes”, Cyrillic, Greek and most Latin names
// render without system fonts. It has no CJK glyphs: those need the Chromium path.
const FONTS_DIR = join(
  dirname(createRequire(__filename).resolve('dejavu-fonts-ttf/package.json')),
  'ttf'
)
const FONTS = {
  sans: 'DejaVuSans.ttf',
  'sans-bold': 'DejaVuSans-Bold.ttf',
  serif: 'DejaVuSerif.ttf',
  'serif-italic': 'DejaVuSerif-Italic.ttf',
  'serif-bold': 'DejaVuSerif-Bold.ttf'
}
const MARK = '#a30000'

/**
 * The PDF of a briefing drawn with pdfkit, for machines with no Chromium: the same sections,
 * quotes, citations and diff as the HTML, simpler in layout, with the marking at the top and
 * bottom of every page and "Page n of m".
 */
export async function toPdfFallback(b: Briefing): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: b.paper === 'letter' ? 'LETTER' : 'A4',
    margins: { top: 64, bottom: 64, left: 56, right: 56 },
    bufferPages: true,
    info: { Title: b.title, Author: b.author || 'Parallax', Creator: 'Parallax' }
  })
  for (const [name, file] of Object.entries(FONTS)) doc.registerFont(name, join(FONTS_DIR, file))
  const chunks: Buffer[] = []
  doc.on('data', (c: Buffer) => chunks.push(c))
  const ended = new Promise((resolve) => doc.on('end', resolve))
  doc.font('sans-bold').fontSize(20).fillColor('#1c1c1c').text(b.title)
  doc.font('sans').fontSize(9.5).fillColor('#555555')
  doc.text([b.author && `By ${b.author}`, b.date].filter(Boolean).join(' · ')).moveDown(0.5)
  for (const s of b.sections) {
    heading(doc, SECTION_TITLES[s], 1)
    section(doc, b, s)
  }
  stamp(doc, b.marking)
  doc.end()
  await ended
  return new Uint8Array(Buffer.concat(chunks))
}

function section(doc: PDFKit.PDFDocument, b: Briefing, s: BriefingSection): void {
  const none = (t: string): void =>
    void doc.font('serif-italic').fontSize(10).fillColor('#666666').text(t)
  if (s === 'summary') return b.summary.trim() ? markdown(doc, b.summary) : none('No summary.')
  if (s === 'sources') return sourcesTable(doc, b)
  if (s === 'agree') {
    if (!b.agree.length) return none('No confirmed agreement between the chosen sources.')
    return b.agree.forEach((a, i) => {
      heading(doc, `${i + 1}. ${a.explanation}`, 3)
      quote(doc, a.a)
      quote(doc, a.b)
      if (a.comment.trim()) markdown(doc, `**Analyst:** ${a.comment}`)
    })
  }
  if (s === 'disagree') {
    if (!b.disagree.length) return none('No confirmed contradiction between the chosen sources.')
    return b.disagree.forEach((d, i) => disagreement(doc, d, i + 1))
  }
  if (s === 'stories') {
    if (!b.stories.length) return none('No two chosen sources tell the same story.')
    return b.stories.forEach((st) => story(doc, st))
  }
  if (s === 'annotations') {
    if (!b.groups.length) return none('No annotation was chosen.')
    return b.groups.forEach((g) => {
      heading(doc, g.label, 2)
      for (const n of g.items) {
        quote(doc, n.quote, noteDetails(n))
        if (n.note.trim()) markdown(doc, n.note, 18)
      }
    })
  }
  b.sources.forEach((c) =>
    doc
      .font('serif')
      .fontSize(10)
      .fillColor('#1c1c1c')
      .text(`${c.n}. ${fullCite(c)}`, { paragraphGap: 4 })
  )
}

/** The marking centred at the top and bottom of every page, and "Page n of m" at the bottom. */
function stamp(doc: PDFKit.PDFDocument, marking: string): void {
  const { start, count } = doc.bufferedPageRange()
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i)
    const { width, height, margins } = doc.page
    const bottom = margins.bottom
    // Text in the margin would otherwise start a new page.
    doc.page.margins.bottom = 0
    const box = { width: width - margins.left - margins.right, lineBreak: false }
    if (marking) {
      doc.font('sans-bold').fontSize(8.5).fillColor(MARK)
      doc.text(marking, margins.left, 28, { ...box, align: 'center' })
      doc.text(marking, margins.left, height - 40, { ...box, align: 'center' })
    }
    doc.font('sans').fontSize(8.5).fillColor('#555555')
    doc.text(`Page ${i - start + 1} of ${count}`, margins.left, height - 40, {
      ...box,
      align: 'right'
    })
    doc.page.margins.bottom = bottom
  }
}
