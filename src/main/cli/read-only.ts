import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { ArticleId } from '../../shared/model'
import { AnnotationFiles, type AnnotationFile } from '../services/annotations/annotation-files'
import { Annotations } from '../services/annotations/annotations'
import { Links } from '../services/annotations/links'
import { Exporter } from '../services/export/exporter'
import { librarySources } from '../services/export/library-sources'
import { extractArticle } from '../services/import'
import { Library } from '../services/library'
import { checkLibraryData, emptyLibrary, migrateLibrary } from '../services/library-schema'
import { Store } from '../services/store'
import { StoriesService } from '../services/stories/stories-service'
import { openStoreFile } from '../services/store-open'
import { TextStore } from '../services/text-store'

/** The library as `list`, `stories` and `export` see it: read from disk, never written. */
export type ReadOnlyLibrary = {
  library: Library
  stories: StoriesService
  exporter: Exporter
  /** What was read in place of an unusable file; annotation files add theirs as they open. */
  notices(): string[]
}

/**
 * Opens the data folder without its lock and without changing anything in it, so `list` and
 * `export` can run beside a host that is writing: no temp-file clean-up, no backup, no
 * migration on disk, no sample seeding. Changes made while reading (annotations re-anchored for
 * an export) stay in memory.
 */
export async function openLibraryReadOnly(dataDir: string): Promise<ReadOnlyLibrary> {
  const opened = await openStoreFile({
    dir: dataDir,
    file: 'library.json',
    defaults: emptyLibrary,
    check: checkLibraryData,
    migrate: migrateLibrary,
    readOnly: true
  })
  const store = new Store(opened.db, emptyLibrary)
  const texts = new TextStore(join(dataDir, 'texts'))
  const library = new Library(store, texts, extractArticle)
  const files = new ReadOnlyAnnotationFiles(join(dataDir, 'annotations'))
  const annotations = new Annotations(files, library, () => store.data.palette)
  const links = new Links(library, async () => false)
  const exporter = new Exporter(librarySources({ store, texts, annotations, links }))
  const stories = new StoriesService(library)
  return { library, stories, exporter, notices: () => [...opened.notices, ...files.notices] }
}

const emptyFile = (): AnnotationFile => ({ schemaVersion: 1, annotations: [] })

function checkFile(data: unknown): string | null {
  const d = data as Partial<AnnotationFile> | null
  if (typeof d?.schemaVersion === 'number' && d.schemaVersion > 1)
    return `it was written by a newer version of Parallax (schema ${d.schemaVersion})`
  return Array.isArray(d?.annotations) ? null : 'it is not a Parallax annotation file'
}

/** Annotation files opened read-only; a folder that does not exist yet holds none. */
class ReadOnlyAnnotationFiles extends AnnotationFiles {
  private opened = new Map<ArticleId, Promise<Store<AnnotationFile>>>()

  constructor(private readonly folder: string) {
    super(folder)
  }

  override store(article: ArticleId): Promise<Store<AnnotationFile>> {
    if (!/^[a-z0-9-]+$/.test(article))
      throw new Error(`invalid article id ${JSON.stringify(article)}`)
    let s = this.opened.get(article)
    if (!s) {
      s = openStoreFile<AnnotationFile>({
        dir: this.folder,
        file: `${article}.json`,
        defaults: emptyFile,
        check: checkFile,
        readOnly: true
      }).then((o) => (this.notices.push(...o.notices), new Store(o.db, emptyFile)))
      this.opened.set(article, s)
    }
    return s
  }

  override async articles(): Promise<ArticleId[]> {
    const names = await readdir(this.folder).catch(() => [] as string[])
    return names.filter((n) => /^[a-z0-9-]+\.json$/.test(n)).map((n) => n.slice(0, -5))
  }
}
