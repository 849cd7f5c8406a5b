/**
 * Everything the command line prints goes through here: text for people is stripped of
 * terminal control sequences, JSON is escaped so it is safe on a terminal yet parses to the
 * exact stored text, and nothing is lost when the process ends while a pipe is still full.
 */

// Whole sequences first, so `ESC ] 0;title BEL` leaves no `]0;title` residue: CSI, OSC (ended
// by BEL or ST), and the two-byte escapes. Then any control left over, C1 controls (some
// terminals obey them even in UTF-8), and the bidi overrides that can reorder what is shown.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const SEQUENCES = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]/g
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

/** Text safe to print on a terminal: escape sequences and control characters removed. */
export const clean = (s: string): string => s.replace(SEQUENCES, '').replace(CONTROLS, '')

/**
 * JSON whose bytes carry no control character a terminal would act on. JSON.stringify already
 * escapes C0 controls; DEL, C1 and bidi controls are escaped too, so parsing gives back the
 * exact text.
 */
export const jsonText = (value: unknown): string =>
  `${JSON.stringify(value, null, 2).replace(
    /[\x7f-\x9f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
  )}\n`

/** Data for stdout, as lines for people (cleaned). */
export const out = (text: string): void => void process.stdout.write(clean(text))

/** Data for stdout as JSON. */
export const outJson = (value: unknown): void => void process.stdout.write(jsonText(value))

/** One message line on stderr, prefixed with the command: `parallax import: ...`. */
export const say = (command: string, message: string): void =>
  void process.stderr.write(`${clean(`parallax${command ? ` ${command}` : ''}: ${message}`)}\n`)

/**
 * Resolves once everything written to the stream has reached the OS. A pipe's buffer holds
 * 64 KiB; exiting before this would cut the rest. A reader that went away (`| head`) ends the
 * wait too: there is no one left to write to.
 */
export function flushed(stream: NodeJS.WriteStream): Promise<void> {
  if (stream.destroyed || !stream.writable) return Promise.resolve()
  return new Promise((resolve) => {
    stream.once('error', () => resolve())
    stream.write('', () => resolve())
  })
}

/**
 * Ends the process with `code` once stdout and stderr have been written out in full. A closed
 * pipe (EPIPE) is not an error worth a stack trace: the reader has what it wanted.
 */
export async function exitWhenFlushed(code: number): Promise<never> {
  process.exitCode = code
  await Promise.all([flushed(process.stdout), flushed(process.stderr)])
  // Exit explicitly: a worker or a timer left running must not keep a finished command alive.
  process.exit(code)
}

/** Keeps a reader that closes the pipe early from turning into an EPIPE crash. */
export function quietOnClosedPipe(): void {
  for (const s of [process.stdout, process.stderr])
    s.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE') throw e
      process.exit(process.exitCode ?? 0)
    })
}
