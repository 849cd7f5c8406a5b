import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type FileChild
} from 'docx'
import { SECTION_TITLES } from '../../../shared/briefing-spec'
import type { BriefingSection } from '../../../shared/contract'
import { fullCite, type Briefing } from './briefing'
import { markdownParagraphs } from './docx-markdown'
import {
  comment,
  disagreement,
  empty,
  group,
  heading,
  quote,
  sourcesTable,
  story
} from './docx-parts'

// Page sizes in twentieths of a point.
const PAGE = { a4: { width: 11906, height: 16838 }, letter: { width: 12240, height: 15840 } }
const MARK_COLOUR = 'A30000'

/** The briefing as a Word document, with the marking and "Page n of m" on every page. */
export async function toDocx(b: Briefing): Promise<Uint8Array> {
  const doc = new Document({
    title: b.title,
    creator: b.author || 'Parallax',
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [
      {
        properties: { page: { size: PAGE[b.paper] } },
        headers: { default: new Header({ children: [markingParagraph(b.marking)] }) },
        footers: {
          default: new Footer({
            children: [
              markingParagraph(b.marking),
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({
                    size: 18,
                    children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES]
                  })
                ]
              })
            ]
          })
        },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(b.title)] }),
          new Paragraph({
            children: [
              new TextRun({
                text: [b.author && `By ${b.author}`, b.date].filter(Boolean).join(' · '),
                color: '555555'
              })
            ]
          }),
          ...b.sections.flatMap((s) => [
            heading(SECTION_TITLES[s], HeadingLevel.HEADING_1),
            ...section(b, s)
          ])
        ]
      }
    ]
  })
  return new Uint8Array(await Packer.toBuffer(doc))
}

const markingParagraph = (marking: string): Paragraph =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    children: marking
      ? [new TextRun({ text: marking, bold: true, color: MARK_COLOUR, size: 18 })]
      : []
  })

function section(b: Briefing, s: BriefingSection): FileChild[] {
  switch (s) {
    case 'summary':
      return b.summary.trim() ? markdownParagraphs(b.summary) : [empty('No summary.')]
    case 'sources':
      return [sourcesTable(b)]
    case 'agree':
      if (!b.agree.length) return [empty('No confirmed agreement between the chosen sources.')]
      return b.agree.flatMap((a, i) => [
        heading(`${i + 1}. ${a.explanation}`, HeadingLevel.HEADING_3),
        ...quote(a.a),
        ...quote(a.b),
        ...comment(a.comment)
      ])
    case 'disagree':
      if (!b.disagree.length)
        return [empty('No confirmed contradiction between the chosen sources.')]
      return b.disagree.flatMap((d, i) => disagreement(d, i + 1))
    case 'annotations':
      return b.groups.length ? b.groups.flatMap(group) : [empty('No annotation was chosen.')]
    case 'stories':
      return b.stories.length
        ? b.stories.flatMap(story)
        : [empty('No two chosen sources tell the same story.')]
    case 'appendix':
      return b.sources.map(
        (c) => new Paragraph({ children: [new TextRun(`${c.n}. ${fullCite(c)}`)] })
      )
  }
}
