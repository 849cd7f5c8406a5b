import {
  BorderStyle,
  HeadingLevel,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild
} from 'docx'
import {
  momentLine,
  noteDetails,
  shortCite,
  sourceCells,
  SOURCE_COLUMNS,
  storyGrid,
  type Briefing,
  type BriefingStory,
  type DisagreeItem,
  type NoteGroup,
  type Quote
} from './briefing'
import { markdownParagraphs, runs } from './docx-markdown'

/** The pieces of the Word briefing: headings, quotes with citations, tables, notes. */
export const heading = (
  text: string,
  level: (typeof HeadingLevel)[keyof typeof HeadingLevel]
): Paragraph => new Paragraph({ heading: level, children: [new TextRun(text)] })

export const empty = (text: string): Paragraph =>
  new Paragraph({ children: [new TextRun({ text, italics: true, color: '666666' })] })

const cell = (children: Paragraph[], header = false): TableCell =>
  new TableCell({
    children,
    ...(header ? { shading: { type: ShadingType.CLEAR, fill: 'F0F0F0', color: 'auto' } } : {})
  })

const textCell = (text: string, header = false): TableCell =>
  cell([new Paragraph({ children: [new TextRun({ text, bold: header })] })], header)

export function sourcesTable(b: Briefing): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: SOURCE_COLUMNS.map((h) => textCell(h, true)) }),
      ...b.sources.map(
        (s) =>
          new TableRow({
            children: sourceCells(s).map((t) => textCell(t))
          })
      )
    ]
  })
}

const quoteParagraphs = (q: Quote): Paragraph[] => [
  new Paragraph({ children: runs(q.text) }),
  new Paragraph({
    children: [new TextRun({ text: `— ${shortCite(q.source)}`, color: '555555', size: 18 })]
  })
]

export const quote = (q: Quote): Paragraph[] => [
  new Paragraph({
    indent: { left: 360 },
    border: { left: { style: BorderStyle.SINGLE, size: 12, color: '888888', space: 8 } },
    children: runs(q.text)
  }),
  new Paragraph({
    indent: { left: 360 },
    children: [new TextRun({ text: `— ${shortCite(q.source)}`, color: '555555', size: 18 })]
  })
]

export const comment = (md: string): Paragraph[] =>
  md.trim()
    ? [
        new Paragraph({ children: [new TextRun({ text: 'Analyst:', bold: true })] }),
        ...markdownParagraphs(md, 360)
      ]
    : []

export function disagreement(d: DisagreeItem, n: number): FileChild[] {
  const side = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: [textCell('A', true), textCell('B', true)] }),
      new TableRow({ children: [cell(quoteParagraphs(d.a)), cell(quoteParagraphs(d.b))] })
    ]
  })
  const diff = d.diff.flatMap((p) =>
    runs(p.text, p.op === 'delete' ? { strike: true } : p.op === 'insert' ? { bold: true } : {})
  )
  return [
    heading(`${n}. ${d.explanation}`, HeadingLevel.HEADING_3),
    side,
    new Paragraph({
      children: [
        new TextRun({ text: 'Word diff ', bold: true }),
        new TextRun({ text: '(struck: only in A; bold: only in B)', color: '555555' })
      ]
    }),
    new Paragraph({ children: diff }),
    ...comment(d.comment)
  ]
}

export function group(g: NoteGroup): FileChild[] {
  return [
    heading(g.label, HeadingLevel.HEADING_2),
    ...g.items.flatMap((n) => {
      const details = noteDetails(n)
      return [
        ...quote(n.quote).slice(0, 1),
        new Paragraph({
          indent: { left: 360 },
          children: [
            new TextRun({
              text: `— ${shortCite(n.quote.source)}; ${details}`,
              color: '555555',
              size: 18
            })
          ]
        }),
        ...markdownParagraphs(n.note, 720)
      ]
    })
  ]
}

/** A story: its name, its timeline as a numbered list, and its claim table. */
export function story(st: BriefingStory): FileChild[] {
  const [head = [], ...rows] = storyGrid(st)
  return [
    heading(st.name, HeadingLevel.HEADING_3),
    heading('Timeline', HeadingLevel.HEADING_4),
    ...st.timeline.map(
      (m, i) => new Paragraph({ children: [new TextRun(`${i + 1}. ${momentLine(m)}`)] })
    ),
    heading('Claims', HeadingLevel.HEADING_4),
    rows.length
      ? new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({ tableHeader: true, children: head.map((h) => textCell(h, true)) }),
            ...rows.map((r) => new TableRow({ children: r.map((t) => textCell(t)) }))
          ]
        })
      : empty('No claim is stated by two of these outlets.')
  ]
}
