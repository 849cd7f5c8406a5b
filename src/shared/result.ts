/** Stable, machine-readable failure codes. The message is for people; the code is for code. */
export type ErrorCode =
  | 'not-found'
  | 'invalid-argument'
  | 'unsupported-format'
  | 'empty-file'
  | 'too-large'
  | 'binary-file'
  | 'bad-encoding'
  | 'no-content'
  | 'encrypted'
  | 'corrupt-file'
  | 'duplicate'
  | 'storage-failed'
  | 'read-only'
  | 'disk-full'
  | 'locked'
  | 'cancelled'
  | 'internal'

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
