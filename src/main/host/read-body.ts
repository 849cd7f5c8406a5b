import type { IncomingMessage } from 'node:http'
import { join } from 'node:path'
import type { Worker } from 'node:worker_threads'
import { fromWire } from '../../shared/wire'
import { startWorker } from '../services/analysis/channels'

/**
 * Bodies above this parse in a worker thread. Below it, parsing takes well under a
 * millisecond and a round trip to the worker would cost more than it saves.
 */
export const WORKER_PARSE_BYTES = 64 * 1024

// A hostile body (say 28 MB of `[1,1,1,…]`) may need many times its size as values; past this
// the worker dies and the request is refused, while the host carries on.
const PARSE_HEAP_MB = 384

/** The request body as bytes, or 'too-large' as soon as it passes `limit` (declared or sent). */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  const declared = Number(req.headers['content-length'] ?? 0)
  if (declared > limit) {
    req.resume()
    return Promise.resolve('too-large')
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (c: Buffer) => {
      size += c.length
      if (size > limit) {
        req.removeAllListeners('data')
        req.resume()
        resolve('too-large')
      } else chunks.push(c)
    })
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

export type Parsed = { ok: true; value: unknown } | { ok: false }

/**
 * The wire JSON of a request body ({"$bytes": base64} restored to Uint8Array). Large bodies
 * are parsed in a worker thread, so a 28 MB import never stalls the requests beside it.
 * Never throws: bad JSON, or a body too costly to parse, gives { ok: false }.
 */
export function parseBody(body: Buffer): Promise<Parsed> {
  if (body.length <= WORKER_PARSE_BYTES) {
    try {
      return Promise.resolve({ ok: true, value: fromWire(body.toString('utf8')) })
    } catch {
      return Promise.resolve({ ok: false })
    }
  }
  return parser.parse(body)
}

/** Stops the parsing worker (host shutdown, tests); the next large body starts a new one. */
export function closeBodyParser(): Promise<void> {
  return parser.close()
}

const parser = (() => {
  let worker: Worker | null = null
  let seq = 0
  const pending = new Map<number, (p: Parsed) => void>()
  const failAll = (): void => {
    worker = null
    for (const done of pending.values()) done({ ok: false })
    pending.clear()
  }
  const start = (): Worker => {
    const script = join(__dirname, __filename.endsWith('.ts') ? 'body-worker.ts' : 'body-worker.js')
    const w = startWorker(script, {
      resourceLimits: { maxOldGenerationSizeMb: PARSE_HEAP_MB, maxYoungGenerationSizeMb: 32 }
    })
    w.on('message', (m: { seq: number } & Parsed) => {
      pending.get(m.seq)?.(m.ok ? { ok: true, value: m.value } : { ok: false })
      pending.delete(m.seq)
      if (!pending.size) w.unref()
    })
    w.on('error', failAll)
    w.on('exit', () => {
      if (worker === w) failAll()
    })
    return w
  }
  return {
    parse(body: Buffer): Promise<Parsed> {
      worker ??= start()
      worker.ref()
      const id = ++seq
      // A body that owns its whole memory is handed over as it is; a view into a larger
      // buffer is copied first, since handing over that buffer would take its neighbours too.
      const whole = body.byteOffset === 0 && body.byteLength === body.buffer.byteLength
      const bytes = whole ? new Uint8Array(body.buffer as ArrayBuffer) : new Uint8Array(body)
      worker.postMessage({ seq: id, body: bytes }, [bytes.buffer])
      return new Promise((resolve) => pending.set(id, resolve))
    },
    async close(): Promise<void> {
      const w = worker
      worker = null
      failAll()
      await w?.terminate()
    }
  }
})()
