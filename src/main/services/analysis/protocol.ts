import type { ArticleId, Finding } from '../../../shared/model'
import type { EngineDoc } from './engine-host'

import type { EnginePart } from '../../../shared/analysis/kinds'

// The engines Parallax runs share no state, so each can live in its own thread.
export { ENGINE_PARTS, type EnginePart } from '../../../shared/analysis/kinds'

/**
 * The parts each analysis worker runs: two threads for two cores, balanced by measured cost
 * (bench/claims.ts at 2,000 articles: overlap ~1.0 s and paraphrase ~1.2 s beside
 * contradiction ~1.9 s, each claims part building its own sentence index).
 */
export const WORKER_PARTS: readonly (readonly EnginePart[])[] = [
  ['overlap', 'paraphrase'],
  ['contradiction']
]

/** Requests the main process sends to the analysis worker. */
export type EngineRequest =
  | { op: 'sync'; docs: EngineDoc[] }
  | { op: 'remove'; ids: ArticleId[] }
  | { op: 'findings'; ids?: ArticleId[] }

export type EngineReply<R extends EngineRequest> = R extends { op: 'findings' } ? Finding[] : number

/** Messages on the wire, tagged with the request's sequence number. */
export type WorkerMessage =
  | { seq: number; progress: number }
  | { seq: number; ok: true; value: unknown }
  | { seq: number; ok: false; message: string }

/** Something that runs engine requests: the worker, or the engines in-process (CLI, tests). */
export type EngineChannel = {
  request<R extends EngineRequest>(
    req: R,
    onProgress?: (done: number) => void
  ): Promise<EngineReply<R>>
  close(): Promise<void>
}
