import { readFile, unlink } from 'node:fs/promises'
import { makeDataDir } from './paths'
import { join } from 'node:path'
import { writeFileAtomic } from './atomic-file'

/**
 * Article text, one file per article id, so that a metadata or annotation write never rewrites
 * megabytes of prose. Files are written atomically before the store row that points at them.
 */
export class TextStore {
  constructor(private readonly dir: string) {}

  async init(): Promise<void> {
    await makeDataDir(this.dir)
  }

  private path(id: string): string {
    // Ids are validated hex; the guard keeps a bad id from ever naming another path.
    if (!/^[a-z0-9-]+$/.test(id)) throw new Error(`invalid article id ${JSON.stringify(id)}`)
    return join(this.dir, `${id}.txt`)
  }

  read(id: string): Promise<string> {
    return readFile(this.path(id), 'utf8')
  }

  write(id: string, text: string): Promise<void> {
    return writeFileAtomic(this.path(id), text)
  }

  async remove(id: string): Promise<void> {
    await unlink(this.path(id)).catch(() => undefined)
  }
}
