import type { Low } from 'lowdb'
import { err, fromThrown, ok, type Result } from '../../shared/result'
import { describeWriteError } from './atomic-file'

/**
 * What services need of a store: the current state, acknowledged updates, and a drain. A solo
 * library's Store and a team library's Automerge-backed store both provide it.
 */
export type StoreLike<T> = {
  /** The current state. Treat it as read-only outside `update`. */
  readonly data: T
  /** Applies `mutate` and resolves once the change is durable, or with the write's error. */
  update<R>(mutate: (data: T) => R, what?: string): Promise<Result<R>>
  /** Resolves when every queued write has finished. */
  drain(): Promise<void>
}

type Job<T> = { mutate: (data: T) => unknown; resolve: (r: Result<unknown>) => void }

/**
 * The single writer for a lowdb database. Mutations run one batch at a time: every mutation
 * queued while a write is in flight is applied and written together (group commit), and each
 * caller's promise resolves only once the write that contains its change is durable. A failed
 * write rejects its whole batch and reloads the last durable state from disk, so memory never
 * holds an acknowledged-looking change that is not on disk.
 *
 * Mutations must validate before they change anything: a mutation that throws is reported to
 * its caller, and whatever it changed before throwing would be written with the batch.
 */
export class Store<T> implements StoreLike<T> {
  private jobs: Job<T>[] = []
  private running = false
  private idle: Promise<void> = Promise.resolve()
  private settle: () => void = () => undefined

  /**
   * @param defaults the state when nothing was ever written: what memory returns to when the
   *   first write fails.
   */
  constructor(
    private readonly db: Low<T>,
    private readonly defaults: () => T
  ) {}

  /** The current state. Treat it as read-only outside `update`. */
  get data(): T {
    return this.db.data
  }

  /** Applies `mutate` and resolves once the change is durable, or with the write's error. */
  update<R>(mutate: (data: T) => R, what = 'your change'): Promise<Result<R>> {
    return new Promise((resolve) => {
      this.jobs.push({ mutate, resolve: resolve as (r: Result<unknown>) => void })
      void this.pump(what)
    })
  }

  /** Resolves when every queued write has finished (used on shutdown). */
  drain(): Promise<void> {
    return this.running ? this.idle : Promise.resolve()
  }

  private async pump(what: string): Promise<void> {
    if (this.running) return
    this.running = true
    this.idle = new Promise((r) => (this.settle = r))
    try {
      while (this.jobs.length > 0) await this.runBatch(this.jobs.splice(0), what)
    } finally {
      this.running = false
      this.settle()
    }
  }

  private async runBatch(batch: Job<T>[], what: string): Promise<void> {
    const outcomes = batch.map((job): Result<unknown> => {
      try {
        return ok(job.mutate(this.db.data))
      } catch (e) {
        return fromThrown(e, 'invalid-argument')
      }
    })
    try {
      await this.db.write()
      batch.forEach((job, i) => job.resolve(outcomes[i] as Result<unknown>))
    } catch (e) {
      const failure = describeWriteError(e, what)
      await this.reloadDurableState()
      batch.forEach((job) => job.resolve(err(failure.code, failure.message)))
    }
  }

  private async reloadDurableState(): Promise<void> {
    try {
      this.db.data = (await this.db.adapter.read()) ?? this.defaults()
    } catch {
      // Unreadable after a failed write: keep memory; the next open recovers the file.
    }
  }
}
