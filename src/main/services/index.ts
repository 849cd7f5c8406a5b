import { readFileSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { makeDataDir } from './paths'
import { join } from 'node:path'
import type { ParallaxApi } from '../../shared/contract'
import type { Transport } from '../../shared/model'
import { AnalysisService } from './analysis/analysis-service'
import { analysisWorkerScript, workerChannel } from './analysis/channels'
import type { EngineChannel } from './analysis/protocol'
import { AnnotationFiles } from './annotations/annotation-files'
import { Annotations } from './annotations/annotations'
import { Links } from './annotations/links'
import { annotationOver } from './annotations/overlap'
import { createApi } from './api'
import { BundleImporter } from './export/bundle-import'
import { Exporter, type ExporterOptions } from './export/exporter'
import { librarySources } from './export/library-sources'
import { SearchIndex } from './search/search-index'
import { Decisions } from './decisions'
import { EventHub } from './events'
import { ArticleTags } from './tags'
import { StoriesService } from './stories/stories-service'
import { extractArticle } from './import'
import { Library } from './library'
import { ParagraphIndex } from './near-duplicates'
import { checkLibraryData, emptyLibrary, migrateLibrary, type LibraryData } from './library-schema'
import { Store, type StoreLike } from './store'
import { openStoreFile } from './store-open'
import { TextStore } from './text-store'
import { readTeamConfig } from '../team/team-config'

export type ServicesOptions = {
  dataDir: string
  transport: Transport
  version: string
  /** Folder whose articles seed an empty library on first run; null to start empty. */
  sampleDir: string | null
  /** Where analysis runs; defaults to a worker thread started from the built analysis-worker.js. */
  engineChannel?: EngineChannel
  /** Electron's printToPDF for briefings; elsewhere headless Chromium is used. */
  printPdf?: ExporterOptions['printPdf']
  /** The native save dialog for exports (Electron only). */
  saveFile?: ExporterOptions['saveFile']
}

export type Services = {
  dataDir: string
  api: ParallaxApi
  events: EventHub
  library: Library
  analysis: AnalysisService
  /** The library grouped by event, with the analyst's edits. */
  stories: StoriesService
  /** Briefings and bundles in every format (the CLI's `export`). */
  exporter: Exporter
  /** Parallax bundles back into this library (the CLI's and the UI's import). */
  bundles: BundleImporter
  /** What was recovered at start-up, for the user. */
  notices: string[]
  close(): Promise<void>
}

/**
 * Builds every service over one data folder. Nothing here imports electron. "Share this
 * library" reopens the services on the team library behind the same `api` object; the event
 * hub and the analysis engines are kept across that switch.
 */
export async function createServices(o: ServicesOptions): Promise<Services> {
  const channel = o.engineChannel ?? workerChannel(analysisWorkerScript())
  const events = new EventHub()
  const share: ParallaxApi['shareLibrary'] = async (user, name) => {
    await current.close()
    try {
      const { shareLibrary } = await import('../team/share')
      return await shareLibrary({ dataDir: o.dataDir, user, name })
    } finally {
      current = await build(o, channel, events, share)
    }
  }
  let current = await build(o, channel, events, share)
  const api = Object.fromEntries(
    Object.keys(current.api).map((k) => [
      k,
      (...args: unknown[]) =>
        (current.api[k as keyof ParallaxApi] as (...a: unknown[]) => unknown)(...args)
    ])
  ) as unknown as ParallaxApi
  return {
    dataDir: o.dataDir,
    api,
    events,
    get library() {
      return current.library
    },
    get notices() {
      return current.notices
    },
    get analysis() {
      return current.analysis
    },
    get stories() {
      return current.stories
    },
    get exporter() {
      return current.exporter
    },
    get bundles() {
      return current.bundles
    },
    close: async () => {
      await current.close()
      await channel.close()
    }
  }
}

/** The services over the library as it is now (solo or team); `close` leaves the engines. */
async function build(
  o: ServicesOptions,
  channel: EngineChannel,
  events: EventHub,
  share: ParallaxApi['shareLibrary']
): Promise<Services> {
  await makeDataDir(o.dataDir)
  const opened = await openStoreFile<LibraryData>({
    dir: o.dataDir,
    file: 'library.json',
    defaults: emptyLibrary,
    check: checkLibraryData,
    migrate: (d) => migrateLibrary(d, storedText(join(o.dataDir, 'texts')))
  })
  const localStore = new Store(opened.db, emptyLibrary)
  // A shared library's data lives in its team documents; the team code (and Automerge) is
  // loaded only then, so a solo library opens exactly as before.
  const teamConfig = await readTeamConfig(o.dataDir)
  const team = teamConfig
    ? await (await import('../team/open')).openTeamLibrary(o.dataDir, teamConfig, localStore)
    : null
  const store = team?.store ?? localStore
  const texts = team?.texts ?? new TextStore(join(o.dataDir, 'texts'))
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
  const search = new SearchIndex(
    join(o.dataDir, 'search-index.json'),
    () => store.data.articles,
    (id) => texts.read(id)
  )
  library.search = search
  library.observe(search)
  if (o.sampleDir && !team && !store.data.seededAt) await seed(library, store, o.sampleDir)

  const tags = new ArticleTags(store)
  const info = () => ({
    name: 'Parallax',
    version: o.version,
    dataDir: o.dataDir,
    transport: o.transport,
    // Annotation files open on first use, so their recovery notices join as they happen.
    notices: [...opened.notices, ...annotationFiles.notices, ...(team?.notices ?? [])]
  })
  const stories = new StoriesService(library)
  const analysis = new AnalysisService(library, channel, events, (ids) => stories.partition(ids))
  const annotationFiles =
    team?.annotationFiles ?? new AnnotationFiles(join(o.dataDir, 'annotations'))
  const annotations = new Annotations(annotationFiles, library, () => store.data.palette)
  const links = new Links(
    library,
    async (article, id) =>
      (await annotationFiles.store(article)).data.annotations.some(
        (a) => a.id === id && !a.deletedAt
      ),
    (p) => annotationOver(annotationFiles, p)
  )
  const exporter = new Exporter(librarySources({ store, texts, annotations, links }), {
    printPdf: o.printPdf,
    saveFile: o.saveFile,
    stories: (ids) => stories.among(ids)
  })
  const bundles = new BundleImporter(library, texts, annotationFiles, search)
  const api = createApi({
    library,
    tags,
    events,
    analysis,
    decisions: new Decisions(library),
    annotations,
    annotationFiles,
    links,
    info,
    exporter,
    bundles,
    stories,
    share
  })
  return {
    dataDir: o.dataDir,
    api,
    events,
    library,
    notices: opened.notices,
    analysis,
    stories,
    exporter,
    bundles,
    close: async () => {
      await store.drain()
      await search.save()
      await annotationFiles.drain()
      await localStore.drain()
      await team?.close()
    }
  }
}

/**
 * Reads an article's text at start-up, for the one-off store migration that runs before the
 * text store opens; an unreadable text is reported as missing, so the migration orphans it.
 */
const storedText =
  (dir: string) =>
  (id: string): string | undefined => {
    if (!/^[a-z0-9-]+$/.test(id)) return undefined
    try {
      return readFileSync(join(dir, `${id}.txt`), 'utf8')
    } catch {
      return undefined
    }
  }

/** Imports the sample articles once; a library the user emptied is not re-seeded. */
async function seed(library: Library, store: StoreLike<LibraryData>, dir: string): Promise<void> {
  const names = (await readdir(dir)).filter((n) => !n.startsWith('.')).sort()
  for (const name of names) await library.import({ name, bytes: await readFile(join(dir, name)) })
  await store.update((d) => void (d.seededAt = new Date().toISOString()), 'the sample library')
}
