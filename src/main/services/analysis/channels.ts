import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { basename, dirname, join } from 'node:path'
import { Worker, type WorkerOptions } from 'node:worker_threads'
import { mergeFindings } from '../../../shared/analysis/claims/suppress'
import type { Finding } from '../../../shared/model'
import type { EngineHost } from './engine-host'
import {
  WORKER_PARTS,
  type EngineChannel,
  type EnginePart,
  type EngineReply,
  type EngineRequest,
  type WorkerMessage
} from './protocol'

/** Runs a request against an EngineHost; shared by the worker and the in-process channel. */
export function runRequest(
  host: EngineHost,
  req: EngineRequest,
  onProgress?: (n: number) => void
): unknown {
  if (req.op === 'sync') return host.sync(req.docs, onProgress)
  if (req.op === 'remove') return req.ids.forEach((id) => host.remove(id)) ?? req.ids.length
  return host.findings(req.ids)
}

/** The engines in this thread: for the command line and unit tests. */
export function inProcessChannel(host: EngineHost): EngineChannel {
  return {
    request: async <R extends EngineRequest>(req: R, onProgress?: (n: number) => void) =>
      runRequest(host, req, onProgress) as EngineReply<R>,
    close: async () => undefined
  }
}

/**
 * The worker script, found next to the bundle's entry points. A caller that builds the path
 * from its own __dirname may itself be bundled into out/main/chunks/, one level below the
 * script; looking one level up then finds it instead of failing every analysis.
 */
export function workerScript(script: string): string {
  if (existsSync(script)) return script
  const up = join(dirname(dirname(script)), basename(script))
  return existsSync(up) ? up : script
}

/**
 * A worker thread for a script; a TypeScript one (Parallax run from its sources: tests, benches)
 * is loaded through tsx, which the thread registers for itself.
 */
export function startWorker(script: string, options: WorkerOptions = {}): Worker {
  if (!script.endsWith('.ts')) return new Worker(workerScript(script), options)
  const tsx = createRequire(__filename).resolve('tsx/cjs/api')
  const code = `require(${JSON.stringify(tsx)}).register();require(${JSON.stringify(script)})`
  return new Worker(code, { ...options, eval: true })
}

/** The analysis worker: built next to the bundle, or its source when run through tsx. */
export const analysisWorkerScript = (): string =>
  __filename.endsWith('.ts') ? join(__dirname, 'worker.ts') : join(__dirname, 'analysis-worker.js')

/**
 * The engines in worker threads, so analysis never blocks the process that answers the UI: one
 * worker per group of parts (WORKER_PARTS), which share no state and so run on separate cores. Every
 * request goes to all of them; their findings are merged (mergeFindings) on the way back.
 * A worker starts on first use; if one dies, pending requests fail and the next one restarts it.
 */
export function workerChannel(
  script: string,
  groups: readonly (readonly EnginePart[])[] = WORKER_PARTS
): EngineChannel {
  const workers = groups.map((parts) => oneWorker(script, parts))
  return {
    request: async <R extends EngineRequest>(req: R, onProgress?: (n: number) => void) => {
      // Progress is that of the slowest part: the least any worker has done.
      const done = workers.map(() => 0)
      // Every worker settles before the request does, so a worker dying on the same input
      // as another has been marked dead before the next request picks its worker.
      const settled = await Promise.allSettled(
        workers.map((w, i) =>
          w.request(req, (n) => {
            done[i] = n
            onProgress?.(Math.min(...done))
          })
        )
      )
      const failed = settled.find((r) => r.status === 'rejected')
      if (failed) throw failed.reason
      const replies = settled.map((r) => (r as PromiseFulfilledResult<unknown>).value)
      if (req.op !== 'findings') return Math.max(...(replies as number[])) as EngineReply<R>
      return mergeFindings(replies as Finding[][]) as EngineReply<R>
    },
    close: async () => {
      await Promise.all(workers.map((w) => w.close()))
    }
  }
}

/** One worker thread running the engines named in `parts`. */
function oneWorker(script: string, parts: readonly EnginePart[]): EngineChannel {
  let worker: Worker | null = null
  let seq = 0
  const pending = new Map<
    number,
    { resolve: (v: unknown) => void; reject: (e: Error) => void; progress?: (n: number) => void }
  >()
  const start = (): Worker => {
    const w = startWorker(script, { workerData: { parts } })
    w.on('message', (m: WorkerMessage) => {
      const p = pending.get(m.seq)
      if (!p) return
      if ('progress' in m) return p.progress?.(m.progress)
      pending.delete(m.seq)
      if (m.ok) p.resolve(m.value)
      else p.reject(new Error(m.message))
    })
    const fail = (e: Error): void => {
      for (const p of pending.values()) p.reject(e)
      pending.clear()
      worker = null
    }
    w.on('error', fail)
    w.on(
      'exit',
      (code) => code !== 0 && fail(new Error(`the analysis worker stopped (exit code ${code})`))
    )
    w.unref()
    return w
  }
  return {
    request: <R extends EngineRequest>(req: R, onProgress?: (n: number) => void) =>
      new Promise<EngineReply<R>>((resolve, reject) => {
        worker ??= start()
        const n = ++seq
        pending.set(n, { resolve: resolve as (v: unknown) => void, reject, progress: onProgress })
        worker.ref()
        worker.postMessage({ seq: n, req })
      }).finally(() => pending.size === 0 && worker?.unref()),
    close: async () => {
      await worker?.terminate()
      worker = null
    }
  }
}
