import mammoth from 'mammoth'
import { err, ok, type Result } from '../../../shared/result'
import { blockParagraphs, parseDocument, stripNonText } from './html-text'
import { LimitExceeded, overLimit } from './limits'
import { checkZip } from './zip-bomb'

// Images are not text; skipping their base64 encoding keeps large documents fast.
const noImages = mammoth.images.imgElement(async () => ({ src: '' }))

/**
 * Reads a .docx through mammoth's HTML conversion, which keeps headings and paragraphs apart
 * (extractRawText would too, but loses list items' boundaries). Linked external files are
 * never opened. A damaged or non-Word zip fails with 'corrupt-file'; one that inflates past the
 * limits (checkZip) with 'too-large', before mammoth reads it.
 */
export async function extractDocx(name: string, bytes: Uint8Array): Promise<Result<string[]>> {
  let html: string
  try {
    checkZip(bytes)
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    const result = await mammoth.convertToHtml(
      { buffer },
      { convertImage: noImages, externalFileAccess: false }
    )
    html = result.value
  } catch (e) {
    if (e instanceof LimitExceeded) return overLimit(name, e.message)
    const why = e instanceof Error ? e.message : String(e)
    return err('corrupt-file', `${name} is damaged or is not a Word document (${why}).`)
  }
  const doc = parseDocument(html)
  stripNonText(doc)
  return ok(blockParagraphs(doc.body ?? doc))
}
