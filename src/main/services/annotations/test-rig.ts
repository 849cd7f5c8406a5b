import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { extractArticle } from '../import'
import { Library } from '../library'
import { checkLibraryData, emptyLibrary, migrateLibrary, type LibraryData } from '../library-schema'
import { Store } from '../store'
import { openStoreFile } from '../store-open'
import { TextStore } from '../text-store'
import { AnnotationFiles } from './annotation-files'
import { Annotations } from './annotations'
import { Links } from './links'
import { annotationOver } from './overlap'

/** The annotation services over real, durable files in a fresh temporary folder. */
export type Rig = {
  dir: string
  library: Library
  files: AnnotationFiles
  annotations: Annotations
  links: Links
  /** Imports pasted text and returns the new article's id. */
  add(text: string): Promise<string>
  close(): Promise<void>
}

/** Builds the rig used by the unit tests and bench/annotations.ts. */
export async function makeRig(): Promise<Rig> {
  const dir = await mkdtemp(join(tmpdir(), 'parallax-annotations-'))
  const opened = await openStoreFile<LibraryData>({
    dir,
    file: 'library.json',
    defaults: emptyLibrary,
    check: checkLibraryData,
    migrate: migrateLibrary
  })
  const store = new Store(opened.db, emptyLibrary)
  const texts = new TextStore(join(dir, 'texts'))
  await texts.init()
  const library = new Library(store, texts, extractArticle)
  const files = new AnnotationFiles(join(dir, 'annotations'))
  const annotations = new Annotations(files, library, () => store.data.palette)
  const links = new Links(
    library,
    async (article, id) =>
      (await files.store(article)).data.annotations.some((a) => a.id === id && !a.deletedAt),
    (p) => annotationOver(files, p)
  )
  return {
    dir,
    library,
    files,
    annotations,
    links,
    add: async (text) => {
      const r = await library.import({ pasted: text })
      if (r.status !== 'imported') throw new Error(`import failed: ${JSON.stringify(r)}`)
      return r.id
    },
    close: async () => {
      await store.drain()
      await files.drain()
      await rm(dir, { recursive: true, force: true })
    }
  }
}
