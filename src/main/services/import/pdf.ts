import { err, ok, type Result } from '../../../shared/result'
import { checkPdfStreams } from './flate-bomb'
import { LimitExceeded, MAX_PDF_PAGES, MAX_TEXT_CHARS, overLimit, toMb } from './limits'

/** Text and the document-info fields of a PDF. */
export type PdfExtract = { paragraphs: string[]; title: string; author: string }

// pdf.js's build for Node: its browser build (the one unpdf bundles) prints "Please use the
// `legacy` build in Node.js environments." on every start. Loaded on first use, because it is
// an ES module and this file is bundled as CommonJS.
/** pdf.js, loaded once; the import worker calls it early so loading is not charged to a file. */
export const loadPdfJs = (): Promise<typeof import('pdfjs-dist/legacy/build/pdf.mjs')> =>
  import('pdfjs-dist/legacy/build/pdf.mjs')

type TextItem = { str?: string; hasEOL?: boolean; transform?: number[]; height?: number }
type Line = { text: string; y: number; size: number }

/** Groups a page's text items into lines, keeping each line's baseline and font size. */
function pageLines(items: readonly TextItem[]): Line[] {
  const lines: Line[] = []
  let cur: Line | undefined
  for (const it of items) {
    if (typeof it.str !== 'string') continue
    cur ??= { text: '', y: it.transform?.[5] ?? 0, size: it.height || 10 }
    cur.text += it.str
    if (it.hasEOL) {
      lines.push(cur)
      cur = undefined
    }
  }
  if (cur) lines.push(cur)
  return lines
}

/**
 * Joins lines into paragraphs. A vertical gap well over the line height, or a jump back up the
 * page (a new column), starts a new paragraph; a hyphen at a line end before a lower-case
 * letter is a word split by wrapping and is removed.
 */
function linesToParagraphs(pages: Line[][]): string[] {
  const out: string[] = []
  let para = ''
  const flush = (): void => {
    if (para.trim()) out.push(para)
    para = ''
  }
  for (const lines of pages) {
    // A page break ends a paragraph only when the page ended a sentence.
    if (!/[.!?:"”’)]\s*$/.test(para)) para += ' '
    else flush()
    let prev: Line | undefined
    for (const line of lines) {
      // Empty lines carry no reliable position; the gap between real lines shows the break.
      if (!line.text.trim()) continue
      const gap = prev ? prev.y - line.y : 0
      if (prev && (gap > prev.size * 1.8 || gap < -prev.size)) flush()
      para =
        /[a-z]-$/.test(para) && /^[a-z]/.test(line.text)
          ? para.slice(0, -1) + line.text
          : `${para} ${line.text}`
      prev = line
    }
  }
  flush()
  return out
}

// Info titles that name the file or the tool rather than the article.
const JUNK_TITLE = /^(microsoft word - |untitled\b)|\.(docx?|pdf|indd)$/i

/**
 * Reads a PDF's text layer with pdf.js. Fails with 'encrypted' when a password
 * is needed, 'no-content' when no page has text (a scan), 'corrupt-file' when it cannot be parsed,
 * 'too-large' past a limit: streams that inflate too far, too many pages, too much text.
 */
export async function extractPdf(name: string, bytes: Uint8Array): Promise<Result<PdfExtract>> {
  try {
    checkPdfStreams(bytes)
  } catch (e) {
    if (e instanceof LimitExceeded) return overLimit(name, e.message)
    throw e
  }
  const { getDocument } = await loadPdfJs()
  let doc: Awaited<ReturnType<typeof getDocument>['promise']>
  try {
    doc = await getDocument({
      // pdf.js may detach the buffer it is given; hand it a copy so the caller's bytes survive.
      data: new Uint8Array(bytes),
      verbosity: 0,
      isEvalSupported: false,
      // Installed fonts stand in for fonts a file names but does not embed (unpdf's default).
      useSystemFonts: true
    }).promise
  } catch (e) {
    const kind = (e as { name?: string }).name
    if (kind === 'PasswordException' || Buffer.from(bytes).includes('/Encrypt')) {
      return err(
        'encrypted',
        `${name} is password-protected. Remove the password (print to PDF) and import it again.`
      )
    }
    return err('corrupt-file', `${name} could not be read as a PDF: ${(e as Error).message ?? e}`)
  }
  try {
    if (doc.numPages > MAX_PDF_PAGES) return overLimit(name, `has over ${MAX_PDF_PAGES} pages`)
    const pages: Line[][] = []
    let chars = 0
    for (let i = 1; i <= doc.numPages; i++) {
      const content = await (await doc.getPage(i)).getTextContent()
      const lines = pageLines(content.items as TextItem[])
      for (const l of lines) chars += l.text.length
      if (chars > MAX_TEXT_CHARS)
        return overLimit(name, `holds more than ${toMb(MAX_TEXT_CHARS)} MB of text`)
      pages.push(lines)
    }
    const paragraphs = linesToParagraphs(pages)
    if (!paragraphs.length) {
      return err(
        'no-content',
        `${name} has no text layer: it looks like a scanned, image-only PDF. Run OCR on it first.`
      )
    }
    const info = ((await doc.getMetadata().catch(() => undefined))?.info ?? {}) as Record<
      string,
      unknown
    >
    const str = (k: string): string =>
      typeof info[k] === 'string' ? (info[k] as string).trim() : ''
    const title = JUNK_TITLE.test(str('Title')) ? '' : str('Title')
    // CreationDate is left out on purpose: it is when the PDF was made (often printed from a
    // browser), not when the article was published.
    return ok({ paragraphs, title, author: str('Author') })
  } catch (e) {
    // The header parsed but a page did not: a damaged file, not a bug of ours.
    return err('corrupt-file', `${name} is damaged: ${(e as Error).message ?? e}`)
  } finally {
    await doc.destroy().catch(() => undefined)
  }
}
