import { existsSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { Worker } from 'node:worker_threads'
import type { EngineHost } from './engine-host'
import type { EngineChannel, EngineReply, EngineRequest, WorkerMessage } from './protocol'

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
 * The engines in a worker thread, so analysis never blocks the process that answers the UI.
 * The worker starts on first use; if it dies, pending requests fail and the next one restarts it.
 */
export function workerChannel(script: string): EngineChannel {
  let worker: Worker | null = null
  let seq = 0
  const pending = new Map<
    number,
    { resolve: (v: unknown) => void; reject: (e: Error) => void; progress?: (n: number) => void }
  >()
  const start = (): Worker => {
    const w = new Worker(workerScript(script))
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
