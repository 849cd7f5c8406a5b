import { parentPort, workerData } from 'node:worker_threads'
import { runRequest } from './channels'
import { createEngineHost } from './engines'
import { ENGINE_PARTS, type EnginePart, type EngineRequest } from './protocol'

// An analysis worker: its engines (all, or the parts named in workerData) and their indexes
// live here, off the main thread.
const parts = (workerData as { parts?: EnginePart[] } | null)?.parts ?? ENGINE_PARTS
const host = createEngineHost(parts)

parentPort?.on('message', ({ seq, req }: { seq: number; req: EngineRequest }) => {
  try {
    const value = runRequest(host, req, (progress) => parentPort?.postMessage({ seq, progress }))
    parentPort?.postMessage({ seq, ok: true, value })
  } catch (e) {
    parentPort?.postMessage({ seq, ok: false, message: e instanceof Error ? e.message : String(e) })
  }
})
