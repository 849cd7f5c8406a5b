import { err, type Result } from '../../../shared/result'

/*
 * How far one untrusted file may push the importer. The extraction worker (extract-pool.ts) is
 * stopped past the time and memory limits; the checks inside it refuse a file as soon as it
 * passes the others, before the parser that would blow up ever sees it.
 */

const MB = 1024 * 1024

/** Stored text, and pasted text, over this is refused: no news article comes near it. */
export const MAX_TEXT_CHARS = 20 * MB
/** Bytes a .docx may inflate to (every entry), or a PDF's compressed streams together. */
export const MAX_INFLATED_BYTES = 64 * MB
/** PDF pages read. */
export const MAX_PDF_PAGES = 500
/** HTML elements Readability looks at (its maxElemsToParse). */
export const MAX_HTML_ELEMENTS = 60_000
/** How deep HTML elements may nest; Readability's cost grows with the cube of the depth. */
export const MAX_HTML_DEPTH = 400
/** Wall-clock time for one file in the worker. */
export const MAX_EXTRACT_SECONDS = 8
/** The worker's V8 heap (old generation); past it the worker dies, never the app. */
export const MAX_WORKER_HEAP_MB = 384

export const toMb = (bytes: number): number => Math.round(bytes / MB)

/** A file that went past a limit: 'too-large', naming the file and the limit. */
export const overLimit = (name: string, what: string): Result<never> =>
  err('too-large', `${name} ${what}, past what Parallax reads safely; it was not imported.`)

/** Thrown inside a parser's callbacks to stop it; caught and turned into overLimit. */
export class LimitExceeded extends Error {}
