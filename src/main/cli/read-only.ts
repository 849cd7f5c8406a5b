import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { ArticleId } from '../../shared/model'
import { AnnotationFiles, type AnnotationFile } from '../services/annotations/annotation-files'
import { Annotations } from '../services/annotations/annotations'
import { Links } from '../services/annotations/links'
import type { ApiMethod, ParallaxApi } from '../../shared/contract'
import { err, type Result } from '../../shared/result'
import { AnalysisService } from '../services/analysis/analysis-service'
import type { EngineChannel } from '../services/analysis/protocol'
import { createApi } from '../services/api'
import { Decisions } from '../services/decisions'
import { EventHub } from '../services/events'
import { BundleImporter } from '../services/export/bundle-import'
import { Exporter } from '../services/export/exporter'
import { ArticleTags } from '../services/tags'
import { librarySources } from '../services/export/library-sources'
import { extractArticle } from '../services/import'
import { Library } from '../services/library'
import { checkLibraryData, emptyLibrary, migrateLibrary } from '../services/library-schema'
import { Store, type StoreLike } from '../services/store'
import { StoriesService } from '../services/stories/stories-service'
import { openStoreFile } from '../services/store-open'
import { TextStore } from '../services/text-store'
import { readTeamConfig } from '../team/team-config'

/** The library as `list`, `stories` and `export` see it: read from disk, never written. */
export type ReadOnlyLibrary = {
  /** The contract over the folder as it is; a call that would change it gets `read-only`. */
  api: ParallaxApi
  /** What was read in place of an unusable file; annotation files add theirs as they open. */
  notices(): string[]
}

/**
 * Which calls leave the library as it is. A Record, so a new method must be placed on one side
 * before this compiles. `analyze` is refused too: it starts engines a listing does not need.
 */
const READS: Record<ApiMethod, boolean> = {
  appInfo: true,
  listArticles: true,
  openArticle: true,
  importArticle: false,
  updateArticle: false,
  setArticleTags: false,
  listTags: true,
  renameTag: false,
  listSources: true,
  trashArticles: false,
  restoreArticles: false,
  emptyTrash: false,
  analyze: false,
  listDecisions: true,
  decideFinding: false,
  clearDecision: false,
  getPrefs: true,
  setPrefs: false,
  listAnnotations: true,
  createAnnotation: false,
  updateAnnotation: false,
  trashAnnotation: false,
  restoreAnnotation: false,
  renameAnnotationTag: false,
  listAllTags: true,
  getPalette: true,
  renameColor: false,
  recolor: false,
  setArticleGrade: false,
  listLinks: true,
  createLink: false,
  deleteLink: false,
  reimportArticle: false,
  previewBriefing: true,
  exportBriefing: true,
  saveBriefing: false,
  listStories: true,
  editStory: false,
  undoStoryEdit: false,
  openStory: true,
  teamStatus: true,
  shareLibrary: false
}

/**
 * Opens the data folder without its lock and without changing anything in it, so `list`,
 * `stories` and `export` can run beside a host that is writing: no temp-file clean-up, no
 * backup, no migration on disk, no sample seeding. The services are the app's, behind the same
 * contract; changes made while reading (annotations re-anchored for an export) stay in memory.
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
  const local = new Store(opened.db, emptyLibrary)
  const teamConfig = await readTeamConfig(dataDir)
  const team = teamConfig
    ? await (
        await import('../team/open')
      ).openTeamLibrary(dataDir, teamConfig, local, { network: [], readOnly: true })
    : null
  const store = team?.store ?? local
  const texts = team?.texts ?? new TextStore(join(dataDir, 'texts'))
  const library = new Library(store, texts, extractArticle)
  const files = team?.annotationFiles ?? new ReadOnlyAnnotationFiles(join(dataDir, 'annotations'))
  const annotations = new Annotations(files, library, () => store.data.palette)
  const links = new Links(library, async () => false)
  const events = new EventHub()
  const stories = new StoriesService(library)
  const api = createApi({
    library,
    tags: new ArticleTags(store),
    events,
    analysis: new AnalysisService(library, noEngines, events),
    decisions: new Decisions(library),
    annotations,
    annotationFiles: files,
    links,
    info: () => ({
      name: 'Parallax',
      version: __PARALLAX_VERSION__,
      dataDir,
      transport: 'http',
      notices: [...opened.notices, ...files.notices]
    }),
    exporter: new Exporter(librarySources({ store, texts, annotations, links }), {
      stories: (ids) => stories.among(ids)
    }),
    bundles: new BundleImporter(library, texts, files),
    stories
  })
  return { api: onlyReads(api), notices: () => [...opened.notices, ...files.notices] }
}

const noEngines: EngineChannel = {
  request: () => Promise.reject(new Error('a read-only library runs no analysis')),
  close: async () => undefined
}

function onlyReads(api: ParallaxApi): ParallaxApi {
  const refuse = async (): Promise<Result<never>> =>
    err('read-only', 'This command reads the library and cannot change it.')
  const methods = Object.keys(READS) as ApiMethod[]
  return Object.fromEntries(
    methods.map((m) => [m, READS[m] ? api[m].bind(api) : refuse])
  ) as unknown as ParallaxApi
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
  private opened = new Map<ArticleId, Promise<StoreLike<AnnotationFile>>>()

  constructor(private readonly folder: string) {
    super(folder)
  }

  override store(article: ArticleId): Promise<StoreLike<AnnotationFile>> {
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
