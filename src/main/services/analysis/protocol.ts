import type { ArticleId, Finding } from '../../../shared/model'
import type { EngineDoc } from './engine-host'

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
