import { err, fromThrown, ok, type Result } from '../../shared/result'
import { describeWriteError } from '../services/atomic-file'
import type { StoreLike } from '../services/store'

/**
 * A StoreLike whose state is a projection of Automerge documents, so services written for a
 * solo library (mutate the data, await the write) run unchanged on a team library. Each
 * update mutates a copy of the projection; `write` then applies only the fields that differ
 * to the documents and resolves once they are flushed. Updates run one at a time.
 */
export class ProjectedStore<T> implements StoreLike<T> {
  private queue: Promise<unknown> = Promise.resolve()

  constructor(
    private readonly read: () => T,
    /** Writes what changed from `before` to `after`; resolves once it is durable. */
    private readonly write: (after: T, before: T) => Promise<void>
  ) {}

  get data(): T {
    return this.read()
  }

  update<R>(mutate: (data: T) => R, what = 'your change'): Promise<Result<R>> {
    const run = async (): Promise<Result<R>> => {
      const before = this.read()
      const draft = structuredClone(before)
      let out: R
      try {
        out = mutate(draft)
      } catch (e) {
        return fromThrown(e, 'invalid-argument')
      }
      try {
        await this.write(draft, before)
        return ok(out)
      } catch (e) {
        const failure = describeWriteError(e, what)
        return err(failure.code, failure.message)
      }
    }
    const p = this.queue.then(run)
    this.queue = p.catch(() => undefined)
    return p
  }

  drain(): Promise<void> {
    return this.queue.then(() => undefined)
  }
}
