import { mkdir, readdir } from 'node:fs/promises'
import { makeDataDir } from '../paths'
import type { Annotation, ArticleId } from '../../../shared/model'
import { Store, type StoreLike } from '../store'
import { openStoreFile } from '../store-open'

export type AnnotationFile = { schemaVersion: number; annotations: Annotation[] }

const emptyFile = (): AnnotationFile => ({ schemaVersion: 1, annotations: [] })

function checkFile(data: unknown): string | null {
  const d = data as Partial<AnnotationFile> | null
  if (typeof d?.schemaVersion === 'number' && d.schemaVersion > 1)
    return `it was written by a newer version of Parallax (schema ${d.schemaVersion})`
  if (!d || !Array.isArray(d.annotations)) return 'it is not a Parallax annotation file'
  return null
}

/**
 * Annotations are stored one lowdb file per article (annotations/<articleId>.json), so that
 * acknowledging a new annotation rewrites only that article's annotations, not the library's
 * tens of thousands. Each file is opened on first use with the same recovery as the library.
 */
export class AnnotationFiles {
  private stores = new Map<ArticleId, Promise<StoreLike<AnnotationFile>>>()
  readonly notices: string[] = []

  constructor(private readonly dir: string) {}

  store(article: ArticleId): Promise<StoreLike<AnnotationFile>> {
    if (!/^[a-z0-9-]+$/.test(article))
      throw new Error(`invalid article id ${JSON.stringify(article)}`)
    let s = this.stores.get(article)
    if (!s) {
      s = this.open(article)
      // A file that failed to open (a full disk, say) is tried again on the next call.
      s.catch(() => this.stores.delete(article))
      this.stores.set(article, s)
    }
    return s
  }

  private async open(article: ArticleId): Promise<Store<AnnotationFile>> {
    await makeDataDir(this.dir)
    const opened = await openStoreFile<AnnotationFile>({
      dir: this.dir,
      file: `${article}.json`,
      defaults: emptyFile,
      check: checkFile,
      keepBackups: 3
    })
    this.notices.push(...opened.notices)
    return new Store(opened.db, emptyFile)
  }

  /** Every article that has an annotation file (opened or not). */
  async articles(): Promise<ArticleId[]> {
    await mkdir(this.dir, { recursive: true })
    return (await readdir(this.dir))
      .filter((n) => /^[a-z0-9-]+\.json$/.test(n))
      .map((n) => n.slice(0, -5))
  }

  async drain(): Promise<void> {
    for (const s of this.stores.values()) await (await s).drain()
  }
}
