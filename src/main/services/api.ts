import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { randomBytes } from 'node:crypto'
import type { ChosenFile, ImportSource, ParallaxApi } from '../../shared/contract'
import type { AppInfo, ArticleSummary, ImportResult } from '../../shared/model'
import { err, ok, type Result } from '../../shared/result'
import { MAX_IMPORT_BYTES } from '../../shared/schemas'
import type { EventHub } from './events'
import type { Library } from './library'
import type { AnalysisService } from './analysis/analysis-service'
import type { Decisions } from './decisions'
import type { ArticleTags } from './tags'

export type ApiDeps = {
  library: Library
  tags: ArticleTags
  events: EventHub
  analysis: AnalysisService
  decisions: Decisions
  info: () => Omit<AppInfo, 'articleCount'>
  /** The native open-file dialog, where there is one (Electron). Returns absolute paths. */
  pickFiles?: () => Promise<string[]>
}

/** The one object that implements the contract, over the services. */
export function createApi(d: ApiDeps): ParallaxApi {
  // Paths the user chose in the native dialog, by opaque handle: the renderer can import
  // exactly those files and never name a path itself.
  const chosen = new Map<string, string>()
  const changed = <T>(r: Result<T>): Result<T> => {
    if (r.ok) d.events.emit('library:changed', { count: d.library.list().length })
    return r
  }
  const importOne = async (source: ImportSource): Promise<Result<ImportResult>> => {
    if ('handle' in source) {
      const path = chosen.get(source.handle)
      if (!path)
        return err(
          'not-found',
          'That file was not chosen in the import dialog, or was already imported.'
        )
      chosen.delete(source.handle)
      const size = (await stat(path)).size
      if (size > MAX_IMPORT_BYTES)
        return ok({
          name: basename(path),
          status: 'failed',
          code: 'too-large',
          message: `${basename(path)} is ${(size / 1048576).toFixed(1)} MB; the limit is 20 MB.`
        })
      return ok(await d.library.import({ name: basename(path), bytes: await readFile(path) }))
    }
    if ('pasted' in source) return ok(await d.library.import({ pasted: source.pasted }))
    return ok(await d.library.import({ name: source.name, bytes: source.data }))
  }
  return {
    appInfo: async () => ok({ ...d.info(), articleCount: d.library.list().length }),
    listArticles: async (query) => ok(withCounts(d.library.list(query), d.analysis)),
    openArticle: (id) => d.library.open(id),
    importArticle: async (source) => changed(await importOne(source)),
    chooseImportFiles: async () => {
      if (!d.pickFiles)
        return err(
          'unsupported-format',
          'There is no native file dialog here; use the file picker.'
        )
      const files: ChosenFile[] = []
      for (const path of await d.pickFiles()) {
        const handle = randomBytes(16).toString('hex')
        chosen.set(handle, path)
        files.push({ handle, name: basename(path), size: (await stat(path)).size })
      }
      return ok(files)
    },
    updateArticle: async (id, patch) => changed(await d.library.update(id, patch)),
    setArticleTags: async (id, tags) => changed(await d.tags.set(id, tags)),
    listTags: async () => ok(d.tags.list()),
    renameTag: async (from, to) => changed(await d.tags.rename(from, to)),
    listSources: async () => ok(sources(d.library)),
    trashArticles: async (ids) => changed(await d.library.trash(ids)),
    restoreArticles: async (ids) => changed(await d.library.restore(ids)),
    emptyTrash: async () => changed(await d.library.emptyTrash()),
    analyze: (ids) => d.analysis.analyze(ids),
    listDecisions: async (ids) => ok(d.decisions.list(ids)),
    decideFinding: (finding, decision) => d.decisions.decide(finding, decision),
    clearDecision: (id) => d.decisions.clear(id),
    getPrefs: async () => ok(d.library.store.data.prefs),
    setPrefs: (patch) =>
      d.library.store.update(
        (data) => (data.prefs = { ...data.prefs, ...patch }),
        'your reader settings'
      )
  }
}

const withCounts = (rows: ArticleSummary[], analysis: AnalysisService): ArticleSummary[] =>
  rows.map((r) => {
    const n = analysis.counts.get(r.id)
    return n ? { ...r, findingCount: n } : r
  })

function sources(library: Library): string[] {
  const all = library
    .list()
    .map((a) => a.source)
    .filter(Boolean)
  return [...new Set(all)].sort((a, b) => a.localeCompare(b))
}
