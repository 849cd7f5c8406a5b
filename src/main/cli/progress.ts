import { clean } from './output'

/** Progress for a long run: one line kept up to date on stderr. */
export type Progress = {
  step(done: number, total: number, what: string): void
  /** A stage without a count, such as the analysis itself. */
  note(what: string): void
  end(): void
}

/**
 * Progress on `stream` when it is a terminal, and nothing at all otherwise, so logs and pipes
 * only ever receive results and warnings. Updates are throttled to keep a fast run fast.
 */
export function progress(
  label: string,
  stream: NodeJS.WriteStream = process.stderr,
  now: () => number = Date.now
): Progress {
  if (!stream.isTTY) return { step: () => undefined, note: () => undefined, end: () => undefined }
  let last = 0
  let shown = false
  const show = (text: string): void => {
    shown = true
    const width = Math.max(20, (stream.columns || 80) - 1)
    stream.write(`\r\x1b[K${clean(`${label} ${text}`).slice(0, width)}`)
  }
  return {
    step(done, total, what) {
      if (now() - last < 100 && done < total) return
      last = now()
      show(`${done}/${total} ${what}`)
    },
    note: show,
    // Also called before a warning, so the warning starts on a clean line.
    end() {
      if (shown) stream.write('\r\x1b[K')
      shown = false
    }
  }
}
