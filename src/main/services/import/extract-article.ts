import { err, ok, type Result } from '../../../shared/result'
import { decodeText } from './decode'
import type { TextDigest } from './fingerprints'
import { extractDocx } from './docx'
import { extractHtml } from './html'
import { LimitExceeded, MAX_HTML_ELEMENTS, MAX_TEXT_CHARS, overLimit, toMb } from './limits'
import { inferMeta, takeLeadingDate, type InferredMeta, type MetaHints } from './infer-meta'
import { markdownParagraphs } from './markdown'
import { joinParagraphs, normaliseParagraph, splitPlainText, type Span } from './normalise'
import { extractPdf } from './pdf'
import { sniffFormat } from './sniff'

export type ArticleFormat = 'txt' | 'md' | 'html' | 'pdf' | 'docx' | 'pasted'

/** A dropped or picked file (its name is used for messages and the extension hint), or pasted text. */
export type ImportSource = { name: string; bytes: Uint8Array } | { pasted: string }

/** An article ready to store: `text` is the stored text and `paragraphs` are offsets into it. */
export type ExtractedArticle = {
  /** Normalised text: NFC, one space between words, paragraphs separated by "\n\n". */
  text: string
  /** `text.slice(p.start, p.end)` is each paragraph, in order. */
  paragraphs: Span[]
  meta: InferredMeta
  format: ArticleFormat
  /** Set by the import worker, which computes it off the main thread. */
  digest?: TextDigest
}

/** Files above this are refused before any parsing: no news article comes near it. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024

type Raw = { paragraphs: string[]; hints: MetaHints; format: ArticleFormat }

const baseName = (name: string): string => name.split(/[\\/]/).pop() || name

/**
 * Turns a file or pasted text into stored text plus metadata. Never throws: every failure is a
 * Result with a stable code and a message naming the file and what to do about it.
 */
export async function extractArticle(input: ImportSource): Promise<Result<ExtractedArticle>> {
  try {
    if (
      input &&
      typeof input === 'object' &&
      'pasted' in input &&
      typeof input.pasted === 'string'
    ) {
      if (input.pasted.length > MAX_IMPORT_BYTES)
        return err('too-large', 'The pasted text is over 20 MB.')
      return finish('Pasted text', {
        paragraphs: splitPlainText(input.pasted),
        hints: {},
        format: 'pasted'
      })
    }
    if (
      !input ||
      typeof input !== 'object' ||
      !('bytes' in input) ||
      !(input.bytes instanceof Uint8Array)
    ) {
      return err('invalid-argument', 'Nothing to import: expected a file or pasted text.')
    }
    const name = baseName(String(input.name ?? 'file'))
    const { bytes } = input
    if (bytes.length > MAX_IMPORT_BYTES) {
      const mb = (bytes.length / 1024 / 1024).toFixed(1)
      return err('too-large', `${name} is ${mb} MB; articles over 20 MB are not imported.`)
    }
    if (bytes.length === 0) return err('empty-file', `${name} is empty.`)
    const raw = await readRaw(name, bytes)
    return raw.ok ? finish(name, raw.value) : raw
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e)
    return err('internal', `The import failed unexpectedly: ${why}`)
  }
}

async function readRaw(name: string, bytes: Uint8Array): Promise<Result<Raw>> {
  const sniffed = sniffFormat(name, bytes)
  switch (sniffed.kind) {
    case 'rejected':
      return err(sniffed.code, `${name} looks like ${sniffed.what}, not an article.`)
    case 'pdf': {
      const pdf = await extractPdf(name, bytes)
      if (!pdf.ok) return pdf
      const { paragraphs, title, author } = pdf.value
      return ok({ paragraphs, hints: { title, author }, format: 'pdf' })
    }
    case 'docx': {
      const docx = await extractDocx(name, bytes)
      return docx.ok ? ok({ paragraphs: docx.value, hints: {}, format: 'docx' }) : docx
    }
    case 'html':
      return readHtml(name, bytes)
    case 'md':
      return ok({ paragraphs: markdownParagraphs(decodeText(bytes).text), hints: {}, format: 'md' })
    case 'txt':
      return ok({ paragraphs: splitPlainText(decodeText(bytes).text), hints: {}, format: 'txt' })
  }
}

function readHtml(name: string, bytes: Uint8Array): Result<Raw> {
  try {
    const { paragraphs, meta } = extractHtml(decodeText(bytes).text)
    return ok({ paragraphs, hints: meta, format: 'html' })
  } catch (e) {
    if (e instanceof LimitExceeded) return overLimit(name, e.message)
    // Readability refuses a page past maxElemsToParse with this message.
    if (e instanceof Error && /^Aborting parsing document/.test(e.message))
      return overLimit(name, `has more than ${MAX_HTML_ELEMENTS} elements`)
    throw e
  }
}

/** Normalises, lifts a leading date line, joins into stored text and infers the metadata. */
function finish(name: string, raw: Raw): Result<ExtractedArticle> {
  let chars = 0
  for (const p of raw.paragraphs) chars += p.length
  if (chars > MAX_TEXT_CHARS)
    return overLimit(name, `holds more than ${toMb(MAX_TEXT_CHARS)} MB of text`)
  const cleaned = raw.paragraphs.map(normaliseParagraph).filter((p) => p.length > 0)
  if (!cleaned.length) return noText(name, raw.format)
  const { paragraphs, date } = takeLeadingDate(cleaned)
  if (!paragraphs.length) return noText(name, raw.format)
  const { text, paragraphs: spans } = joinParagraphs(paragraphs)
  const meta = inferMeta(paragraphs, date ? { ...raw.hints, date } : raw.hints)
  return ok({ text, paragraphs: spans, meta, format: raw.format })
}

function noText(name: string, format: ArticleFormat): Result<never> {
  if (format === 'txt' || format === 'md' || format === 'pasted') {
    return err('empty-file', `${name} contains only blank space.`)
  }
  const what = format === 'html' ? 'page (it may be only scripts or markup)' : 'document'
  return err('no-content', `${name} has no readable text: nothing was found in the ${what}.`)
}
