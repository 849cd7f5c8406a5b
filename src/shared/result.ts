/**
 * Stable, machine-readable failure codes, one set for every transport (IPC, the browser host,
 * the command line). The message is for people; the code is for code.
 */
export const ERROR_CODES = [
  'not-found',
  'invalid-argument',
  'unsupported-format',
  'empty-file',
  'too-large',
  'binary-file',
  'bad-encoding',
  'no-content',
  'encrypted',
  'corrupt-file',
  'duplicate',
  /** A file or folder the command line could not use (unreadable, a link out of its folder). */
  'unreadable',
  'storage-failed',
  'read-only',
  'disk-full',
  'locked',
  'cancelled',
  /** The browser host: no valid token. */
  'unauthorized',
  /** The browser host: a foreign Host or Origin. */
  'forbidden',
  /** The browser host: a verb other than the one the path takes. */
  'method-not-allowed',
  'internal'
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

export type AppError = { code: ErrorCode; message: string }

/** Every call that can fail returns a Result: nothing is thrown across a process boundary. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError }

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })

export const err = <T = never>(code: ErrorCode, message: string): Result<T> => ({
  ok: false,
  error: { code, message }
})

/** Turns anything thrown into a readable internal error, keeping the original message. */
export const fromThrown = <T = never>(e: unknown, code: ErrorCode = 'internal'): Result<T> =>
  err(code, e instanceof Error ? e.message : String(e))
