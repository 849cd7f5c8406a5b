import { sniffUtf16 } from './decode'

/** What a file's bytes say it is, whatever its name claims. */
export type Sniffed =
  | { kind: 'pdf' | 'docx' | 'html' | 'md' | 'txt' }
  | { kind: 'rejected'; code: 'binary-file' | 'unsupported-format'; what: string }

type Signature = { what: string; test: (b: Uint8Array) => boolean; code?: 'unsupported-format' }

const starts = (b: Uint8Array, ...sig: number[]): boolean => sig.every((x, i) => b[i] === x)
const ascii = (b: Uint8Array, at: number, s: string): boolean =>
  [...s].every((c, i) => b[at + i] === c.charCodeAt(0))

// Formats people drop by mistake. Office and RTF files are documents, just not ones we read.
const SIGNATURES: Signature[] = [
  { what: 'a PNG image', test: (b) => starts(b, 0x89, 0x50, 0x4e, 0x47) },
  { what: 'a JPEG image', test: (b) => starts(b, 0xff, 0xd8, 0xff) },
  { what: 'a GIF image', test: (b) => ascii(b, 0, 'GIF8') },
  { what: 'a WebP image', test: (b) => ascii(b, 0, 'RIFF') && ascii(b, 8, 'WEBP') },
  { what: 'a video or audio file', test: (b) => ascii(b, 4, 'ftyp') || ascii(b, 0, 'ID3') },
  { what: 'a gzip archive', test: (b) => starts(b, 0x1f, 0x8b) },
  { what: 'a 7-Zip archive', test: (b) => starts(b, 0x37, 0x7a, 0xbc, 0xaf) },
  {
    what: 'a program',
    test: (b) => starts(b, 0x7f, 0x45, 0x4c, 0x46) || (ascii(b, 0, 'MZ') && b.includes(0))
  },
  { what: 'an SQLite database', test: (b) => ascii(b, 0, 'SQLite format 3') },
  {
    what: 'an old-style Word or Office file (save it as .docx)',
    test: (b) => starts(b, 0xd0, 0xcf, 0x11, 0xe0),
    code: 'unsupported-format'
  },
  {
    what: 'an RTF document (save it as .docx or .txt)',
    test: (b) => ascii(b, 0, '{\\rtf'),
    code: 'unsupported-format'
  }
]

// Plain text under these names (or none) is read as an article; other text files are refused
// rather than guessed at (source code, CSV, JSON...).
const TEXT_EXTENSIONS = new Set(['', 'txt', 'text', 'pdf', 'docx'])

const ext = (name: string): string => /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? ''

/** Latin-1 view of the first bytes: enough to look for markers without decoding everything. */
const head = (b: Uint8Array, n = 1024): string =>
  Buffer.from(b.buffer, b.byteOffset, Math.min(n, b.length)).toString('latin1')

/**
 * Decides how to read a file from its content first and its extension second, so a PDF saved
 * as .txt is still read as a PDF and a PNG renamed .txt is refused with a clear reason.
 */
export function sniffFormat(name: string, bytes: Uint8Array): Sniffed {
  // The PDF header may follow a little junk, but only a file that claims to be a PDF gets that
  // leeway: source code or notes that merely mention "%PDF-" are not PDFs.
  const pdfAt = head(bytes).indexOf('%PDF-')
  if (pdfAt === 0 || (pdfAt > 0 && ext(name) === 'pdf')) return { kind: 'pdf' }
  if (starts(bytes, 0x50, 0x4b, 0x03, 0x04) || starts(bytes, 0x50, 0x4b, 0x05, 0x06))
    return sniffZip(name, bytes)
  const sig = SIGNATURES.find((s) => s.test(bytes))
  if (sig) return { kind: 'rejected', code: sig.code ?? 'binary-file', what: sig.what }
  if (looksBinary(bytes)) return { kind: 'rejected', code: 'binary-file', what: 'a binary file' }
  const e = ext(name)
  if (e === 'html' || e === 'htm' || e === 'xhtml') return { kind: 'html' }
  if (e === 'md' || e === 'markdown') return { kind: 'md' }
  if (!TEXT_EXTENSIONS.has(e))
    return {
      kind: 'rejected',
      code: 'unsupported-format',
      what: `a .${e} file (Parallax imports .txt, .md, .html, .pdf and .docx)`
    }
  return looksLikeHtml(bytes) ? { kind: 'html' } : { kind: 'txt' }
}

function sniffZip(name: string, bytes: Uint8Array): Sniffed {
  // Local file headers store names uncompressed, so a docx shows "word/" even when truncated.
  const latin = head(bytes, 64 * 1024)
  if (latin.includes('word/') || ext(name) === 'docx') return { kind: 'docx' }
  if (latin.includes('mimetype') && latin.includes('epub')) {
    return { kind: 'rejected', code: 'unsupported-format', what: 'an EPUB e-book' }
  }
  return { kind: 'rejected', code: 'unsupported-format', what: 'a ZIP archive' }
}

/** NUL bytes or many control characters in the first 4 KB mean binary (UTF-16 excepted). */
function looksBinary(bytes: Uint8Array): boolean {
  if (sniffUtf16(bytes) || starts(bytes, 0xff, 0xfe) || starts(bytes, 0xfe, 0xff)) return false
  const n = Math.min(bytes.length, 4096)
  let controls = 0
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number
    if (b === 0) return true
    if (b < 9 || (b > 13 && b < 32)) controls++
  }
  return controls > n * 0.05
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const start = head(bytes, 512)
    .replace(/^\ufeff|^\xef\xbb\xbf/, '')
    .trimStart()
    .toLowerCase()
  return /^<(!doctype html|html[\s>]|head[\s>]|body[\s>]|meta[\s>]|!--)/.test(start)
}
