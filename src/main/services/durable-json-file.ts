import { readFile } from 'node:fs/promises'
import type { Adapter } from 'lowdb'
import { writeFileAtomic } from './atomic-file'

/**
 * lowdb adapter that writes atomically and durably (temp file, fsync, rename, fsync folder).
 * lowdb's own JSONFile renames without fsync, which can leave an empty file after power loss.
 * Compact JSON halves the serialisation cost of a large store.
 */
export class DurableJSONFile<T> implements Adapter<T> {
  constructor(private readonly path: string) {}

  /** Returns null when the file does not exist; throws when it exists but is not JSON. */
  async read(): Promise<T | null> {
    let text: string
    try {
      text = await readFile(this.path, 'utf8')
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw e
    }
    return JSON.parse(text) as T
  }

  async write(data: T): Promise<void> {
    await writeFileAtomic(this.path, JSON.stringify(data))
  }
}
