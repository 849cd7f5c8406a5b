import { join } from 'node:path'
import type { Worker } from 'node:worker_threads'
import { err, type Result } from '../../../shared/result'
import { startWorker } from '../analysis/channels'
import type { ExtractedArticle, ImportSource } from './extract-article'
import { MAX_EXTRACT_SECONDS, MAX_WORKER_HEAP_MB, overLimit } from './limits'

type Job = { input: ImportSource; resolve: (r: Result<ExtractedArticle>) => void }
type Slot = { worker: Worker; job?: Job; timer?: NodeJS.Timeout }

// Two files at once keeps a folder import moving without letting two bombs take a core each
// for long: every job is bounded by MAX_EXTRACT_SECONDS.
const MAX_WORKERS = 2
const slots: Slot[] = []
const queue: Job[] = []
let seq = 0

const label = (input: ImportSource): string =>
  'pasted' in input
    ? 'Pasted text'
    : String(input.name ?? 'file')
        .split(/[\\/]/)
        .pop() || 'file'

/** The built import-worker.js, or the TypeScript source run through tsx. */
function spawn(): Worker {
  const resourceLimits = {
    maxOldGenerationSizeMb: MAX_WORKER_HEAP_MB,
    maxYoungGenerationSizeMb: 32,
    stackSizeMb: 8
  }
  const source = __filename.endsWith('.ts')
  return startWorker(join(__dirname, source ? 'extract-worker.ts' : 'import-worker.js'), {
    resourceLimits
  })
}

function settle(slot: Slot, result: Result<ExtractedArticle>, dead: boolean): void {
  clearTimeout(slot.timer)
  const job = slot.job
  slot.job = undefined
  if (dead) {
    slots.splice(slots.indexOf(slot), 1)
    void slot.worker.terminate()
    // A worker takes a while to load its parsers: start the next one now, not on demand.
    if (!slots.length) open().worker.unref()
  } else slot.worker.unref()
  job?.resolve(result)
  next()
}

function open(): Slot {
  const slot: Slot = { worker: spawn() }
  const { worker } = slot
  worker.on('message', (m: { started: number } | { result: Result<ExtractedArticle> }) => {
    if (!slot.job) return
    if ('started' in m) return startClock(slot, slot.job, MAX_EXTRACT_SECONDS)
    settle(slot, m.result, false)
  })
  worker.on('error', (e: Error & { code?: string }) => {
    if (!slot.job) return settle(slot, err('internal', e.message), true)
    const name = label(slot.job.input)
    const r =
      e.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? overLimit(name, `needs more than ${MAX_WORKER_HEAP_MB} MB of memory to read`)
        : err('corrupt-file', `${name} could not be read: ${e.message}`)
    settle(slot, r, true)
  })
  worker.on('exit', () => {
    if (slots.includes(slot))
      settle(slot, err('internal', 'The import worker stopped unexpectedly.'), true)
  })
  slots.push(slot)
  return slot
}

// Loading the parsers can take seconds on a busy machine; that is not the file's fault.
const STARTUP_SECONDS = 60

/** Stops the worker and refuses the job after `seconds`. */
function startClock(slot: Slot, job: Job, seconds: number): void {
  clearTimeout(slot.timer)
  slot.timer = setTimeout(
    () => settle(slot, overLimit(label(job.input), `took longer than ${seconds} s to read`), true),
    seconds * 1000
  )
}

function next(): void {
  while (queue.length) {
    const slot = slots.find((s) => !s.job) ?? (slots.length < MAX_WORKERS ? open() : undefined)
    if (!slot) return
    const job = queue.shift() as Job
    slot.job = job
    slot.worker.ref()
    startClock(slot, job, STARTUP_SECONDS)
    slot.worker.postMessage({ seq: ++seq, input: job.input })
  }
}

/**
 * extractArticle in a worker thread with a capped heap, stopped after MAX_EXTRACT_SECONDS: a
 * decompression bomb, a page nested thousands deep or a parser bug costs that worker, never
 * this process, and the file is refused with 'too-large' and the limit it passed. Never throws.
 */
export function extractArticleBounded(input: ImportSource): Promise<Result<ExtractedArticle>> {
  if (!input || typeof input !== 'object')
    return Promise.resolve(
      err('invalid-argument', 'Nothing to import: expected a file or pasted text.')
    )
  return new Promise((resolve) => {
    queue.push({ input, resolve })
    next()
  })
}

/** Stops the workers (tests and shutdown); the next extraction starts new ones. */
export async function closeExtractWorkers(): Promise<void> {
  await Promise.all(slots.splice(0).map((s) => s.worker.terminate()))
}
