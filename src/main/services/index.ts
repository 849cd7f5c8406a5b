import { mkdir, readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { ParallaxApi } from '../../shared/contract'
import type { Transport } from '../../shared/model'
import { AnalysisService } from './analysis/analysis-service'
import { workerChannel } from './analysis/channels'
import type { EngineChannel } from './analysis/protocol'
import { createApi } from './api'
import { Decisions } from './decisions'
import { EventHub } from './events'
import { ArticleTags } from './tags'
import { extractArticle } from './import'
import { Library } from './library'
import { ParagraphIndex } from './near-duplicates'
import { checkLibraryData, emptyLibrary, migrateLibrary, type LibraryData } from './library-schema'
import { Store } from './store'
import { openStoreFile } from './store-open'
import { TextStore } from './text-store'

export type ServicesOptions = {
  dataDir: string
  transport: Transport
  version: string
  /** Folder whose articles seed an empty library on first run; null to start empty. */
  sampleDir: string | null
  /** Where analysis runs; defaults to a worker thread started from the built analysis-worker.js. */
  engineChannel?: EngineChannel
  /** The native open-file dialog (Electron only). */
  pickFiles?: () => Promise<string[]>
}

export type Services = {
  dataDir: string
  api: ParallaxApi
  events: EventHub
  library: Library
  analysis: AnalysisService
  /** What was recovered at start-up, for the user. */
  notices: string[]
  close(): Promise<void>
}

/** Builds every service over one data folder. Nothing here imports electron. */
export async function createServices(o: ServicesOptions): Promise<Services> {
  await mkdir(o.dataDir, { recursive: true })
  const opened = await openStoreFile<LibraryData>({
    dir: o.dataDir,
    file: 'library.json',
    defaults: emptyLibrary,
    check: checkLibraryData,
    migrate: migrateLibrary
  })
  const store = new Store(opened.db, emptyLibrary)
  const texts = new TextStore(join(o.dataDir, 'texts'))
  await texts.init()
  const library = new Library(store, texts, extractArticle)
  library.nearDuplicates = new ParagraphIndex(async () =>
    Promise.all(
      store.data.articles.map(async (a) => ({
        id: a.id,
        text: await texts.read(a.id).catch(() => '')
      }))
    )
  )
  const events = new EventHub()
  if (o.sampleDir && !store.data.seededAt) await seed(library, store, o.sampleDir)

  const tags = new ArticleTags(store)
  const info = () => ({
    name: 'Parallax',
    version: o.version,
    dataDir: o.dataDir,
    transport: o.transport,
    notices: opened.notices
  })
  const analysis = new AnalysisService(
    library,
    o.engineChannel ?? workerChannel(join(__dirname, 'analysis-worker.js')),
    events
  )
  const api = createApi({
    library,
    tags,
    events,
    analysis,
    decisions: new Decisions(library),
    info,
    pickFiles: o.pickFiles
  })
  return {
    dataDir: o.dataDir,
    api,
    events,
    library,
    notices: opened.notices,
    analysis,
    close: async () => {
      await store.drain()
      await analysis.close()
    }
  }
}

/** Imports the sample articles once; a library the user emptied is not re-seeded. */
async function seed(library: Library, store: Store<LibraryData>, dir: string): Promise<void> {
  const names = (await readdir(dir)).filter((n) => !n.startsWith('.')).sort()
  for (const name of names) await library.import({ name, bytes: await readFile(join(dir, name)) })
  await store.update((d) => void (d.seededAt = new Date().toISOString()), 'the sample library')
}
