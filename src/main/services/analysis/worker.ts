import { parentPort } from 'node:worker_threads'
import { runRequest } from './channels'
import { createEngineHost } from './engines'
import type { EngineRequest } from './protocol'

// The analysis worker: the engines and their indexes live here, off the main thread.
const host = createEngineHost()

parentPort?.on('message', ({ seq, req }: { seq: number; req: EngineRequest }) => {
  try {
    const value = runRequest(host, req, (progress) => parentPort?.postMessage({ seq, progress }))
    parentPort?.postMessage({ seq, ok: true, value })
  } catch (e) {
    parentPort?.postMessage({ seq, ok: false, message: e instanceof Error ? e.message : String(e) })
  }
})
