import type { ImportSource, ParallaxApi } from '../../shared/contract'
import type {
  Annotation,
  AnnotationLink,
  ArticleId,
  AppInfo,
  ArticleSummary,
  ImportResult,
  LinkEnd,
  LinkEndRef,
  PaletteColor,
  TagCount
} from '../../shared/model'
import { err, ok, type Result } from '../../shared/result'
import { SOLO_STATUS, type TeamSyncStatus } from '../../shared/team-status'
import type { EventHub } from './events'
import type { ImportInput, Library } from './library'
import type { AnalysisService } from './analysis/analysis-service'
import type { Annotations } from './annotations/annotations'
import type { AnnotationFiles } from './annotations/annotation-files'
import type { Links } from './annotations/links'
import { reimportArticle } from './annotations/reimport'
import type { Decisions } from './decisions'
import type { ArticleTags } from './tags'
import type { StoriesService } from './stories/stories-service'
import type { BundleImporter, BundleReport } from './export/bundle-import'
import type { Exporter } from './export/exporter'
import { looksLikeBundle } from './export/bundle'
import { counted } from '../../shared/text/count'

export type ApiDeps = {
  library: Library
  tags: ArticleTags
  events: EventHub
  analysis: AnalysisService
  decisions: Decisions
  annotations: Annotations
  annotationFiles: AnnotationFiles
  links: Links
  info: () => Omit<AppInfo, 'articleCount'>
  exporter: Exporter
  bundles: BundleImporter
  stories: StoriesService
  /** A team library's sync status; absent for a solo library. */
  teamStatus?: () => TeamSyncStatus
  /** Converts the library into a team library and reopens the services on it. */
  share?: ParallaxApi['shareLibrary']
}

/** The one object that implements the contract, over the services. */
export function createApi(d: ApiDeps): ParallaxApi {
  const changed = <T>(r: Result<T>): Result<T> => {
    if (r.ok) d.events.emit('library:changed', { count: d.library.count() })
    return r
  }
  // Every annotation, link, palette or decision write ends here, so each window and tab (and
  // each view in them) reloads from one event, whatever made the change.
  const noted = <T>(r: Result<T>, articles: (v: T) => ArticleId[] | 'all'): Result<T> => {
    if (r.ok) d.events.emit('annotations:changed', { articles: articles(r.value) })
    return r
  }
  const own = (a: Annotation): ArticleId[] => [a.article]
  const everywhere = (): 'all' => 'all'
  const linked = (l: AnnotationLink | undefined): ArticleId[] =>
    l ? [...new Set([l.from.article, l.to.article])] : []
  const importOne = async (source: ImportSource): Promise<Result<ImportResult>> => {
    if ('pasted' in source) return ok(await d.library.import({ pasted: source.pasted }))
    return importBytes(source.name, source.data)
  }
  // A Parallax bundle goes in whole (articles, annotations, links, decisions); anything else
  // is one article.
  const importBytes = async (name: string, bytes: Uint8Array): Promise<Result<ImportResult>> =>
    ok(
      looksLikeBundle(bytes)
        ? bundleResult(name, await d.bundles.import(name, bytes))
        : await d.library.import({ name, bytes })
    )
  // A palette edit repaints every article, so every window hears of it.
  const editColor = async (id: string, patch: Partial<PaletteColor>, what: string) =>
    noted(
      await d.library.store.update((data) => {
        const c = data.palette.find((p) => p.id === id)
        if (!c) throw new Error(`Unknown colour ${id}.`)
        Object.assign(c, patch)
        return data.palette
      }, what),
      everywhere
    )
  return {
    appInfo: async () => ok({ ...d.info(), articleCount: d.library.count() }),
    listArticles: async (query) => {
      if (query?.search?.trim()) await d.library.search?.ready()
      return ok(withCounts(d.library.list(query), d.analysis, await d.annotations.counts()))
    },
    openArticle: (id) => d.library.open(id),
    importArticle: async (source) => changed(await importOne(source)),
    updateArticle: async (id, patch) => changed(await d.library.update(id, patch)),
    setArticleTags: async (id, tags) => changed(await d.tags.set(id, tags)),
    listTags: async () => ok(d.tags.list()),
    renameTag: async (from, to) => changed(await d.tags.rename(from, to)),
    listSources: async () => ok(sources(d.library)),
    trashArticles: async (ids) => changed(await d.library.trash(ids)),
    restoreArticles: async (ids) => changed(await d.library.restore(ids)),
    emptyTrash: async () => changed(await d.library.emptyTrash()),
    analyze: (ids, scope) => d.analysis.analyze(ids, scope),
    listDecisions: async (ids) => ok(d.decisions.list(ids)),
    decideFinding: async (id, articles, decision) => {
      const found = await d.analysis.finding(id, articles)
      if (!found.ok) return found
      const finding = found.value
      const r = await d.decisions.decide(finding, decision)
      if (!r.ok) return r
      const linked = await d.links.syncFinding(finding, decision.status === 'confirmed')
      return noted(linked.ok ? r : linked, () => [finding.a.article, finding.b.article])
    },
    clearDecision: async (id) => {
      const was = d.library.store.data.decisions[id]
      const r = await d.decisions.clear(id)
      const mirror = was && d.library.store.data.links.find((l) => l.finding === id)
      if (r.ok && mirror) await d.links.remove(mirror.id)
      return noted(r, everywhere)
    },
    getPrefs: async () => ok(d.library.store.data.prefs),
    listAnnotations: async (articles, trashed) => ok(await d.annotations.list(articles, trashed)),
    createAnnotation: async (a) => noted(await d.annotations.create(a), own),
    updateAnnotation: async (article, id, patch) =>
      noted(await d.annotations.update(article, id, patch), own),
    trashAnnotation: async (article, id) => noted(await d.annotations.trash(article, id), own),
    restoreAnnotation: async (article, id) => noted(await d.annotations.restore(article, id), own),
    renameAnnotationTag: async (from, to) =>
      noted(await d.annotations.renameTag(from, to), everywhere),
    listAllTags: async () => ok(mergeTagCounts(d.tags.list(), await d.annotations.list('all'))),
    getPalette: async () => ok(d.library.store.data.palette),
    renameColor: async (id, name) => editColor(id, { name: name.trim() }, 'the colour name'),
    recolor: async (id, color) => editColor(id, { color: color.toLowerCase() }, 'the colour'),
    setArticleGrade: async (id, grade) => changed(await d.library.setGrade(id, grade)),
    listLinks: async (articles) => ok(d.links.list(articles)),
    createLink: async (relation, from, to) => {
      const ends = [await linkEnd(d, from), await linkEnd(d, to)]
      for (const e of ends) if (!e.ok) return e
      const [a, b] = ends.map((e) => (e as { value: LinkEnd }).value) as [LinkEnd, LinkEnd]
      return noted(await d.links.create(relation, a, b), linked)
    },
    deleteLink: async (id) => {
      const link = d.library.store.data.links.find((l) => l.id === id)
      return noted(await d.links.remove(id), () => linked(link))
    },
    reimportArticle: async (id, source) => {
      const input: ImportInput =
        'pasted' in source ? { pasted: source.pasted } : { name: source.name, bytes: source.data }
      // Re-anchoring moves the article's annotations: their views reload too.
      const r = changed(await reimportArticle(d.library, d.annotationFiles, id, input))
      return noted(r, () => [id])
    },
    previewBriefing: (spec) => d.exporter.preview(spec),
    exportBriefing: (spec, format) => d.exporter.export(spec, format),
    saveBriefing: (spec, format) => d.exporter.save(spec, format),
    listStories: async () => {
      const stories = await d.stories.list()
      const conflicts = await d.stories.conflicts(stories)
      return ok(stories.map((s) => ({ ...s, conflicts: conflicts.get(s.id) ?? 0 })))
    },
    openStory: (id) => d.stories.detail(id),
    editStory: async (edit, id) => changed(await d.stories.edit(edit, id)),
    undoStoryEdit: async (id) => changed(await d.stories.undo(id)),
    teamStatus: async () => ok(d.teamStatus?.() ?? SOLO_STATUS),
    shareLibrary: async (user, name) =>
      d.share
        ? changed(await d.share(user, name))
        : err('read-only', 'This library cannot be shared from here.'),
    setPrefs: (patch) =>
      d.library.store.update(
        (data) => (data.prefs = { ...data.prefs, ...patch }),
        'your reader settings'
      )
  }
}

/** A link end as stored: an annotation as named, a finding's side from the latest analysis. */
async function linkEnd(d: ApiDeps, e: LinkEndRef): Promise<Result<LinkEnd>> {
  if (e.type === 'annotation') return ok(e)
  const f = d.analysis.recent(e.findingId)
  const p = f && [f.a, f.b].find((x) => x.article === e.article)
  if (!p)
    return err(
      'not-found',
      `No recent analysis has a finding ${e.findingId} in article ${e.article}; analyse it again.`
    )
  const text = await d.library.readText(p.article)
  if (text.slice(p.start, p.end) !== p.text)
    return err('invalid-argument', `The finding's passage no longer matches article ${p.article}.`)
  return ok(d.links.findingEnd(e.findingId, p, text))
}

/** A bundle import as one line of the import summary. */
function bundleResult(name: string, r: Result<BundleReport>): ImportResult {
  if (!r.ok) return { name, status: 'failed', ...r.error }
  const v = r.value
  const parts = [
    counted(v.articles, 'new article'),
    ...(v.reused ? [`${v.reused} already here`] : []),
    [
      counted(v.annotations, 'annotation'),
      counted(v.links, 'link'),
      counted(v.decisions, 'decision')
    ].join(', ')
  ]
  return {
    name,
    status: 'imported',
    id: v.firstId,
    title: `Parallax bundle: ${parts.join(', ')}`,
    bundle: true
  }
}

/** Article tags and annotation tags together, for autocomplete. */
function mergeTagCounts(articleTags: TagCount[], annotations: Annotation[]): TagCount[] {
  const counts = new Map(articleTags.map((t) => [t.tag, t.count]))
  for (const a of annotations) for (const t of a.body.tags) counts.set(t, (counts.get(t) ?? 0) + 1)
  return [...counts]
    .map(([tag, count]) => ({ tag, count }))
    .sort((x, y) => y.count - x.count || x.tag.localeCompare(y.tag))
}

/** Adds the marks the library list shows: how many findings and annotations each row has. */
const withCounts = (
  rows: ArticleSummary[],
  analysis: AnalysisService,
  annotations: Map<string, number>
): ArticleSummary[] =>
  rows.map((r) => {
    const findingCount = analysis.counts.get(r.id)
    const annotationCount = annotations.get(r.id)
    return findingCount || annotationCount
      ? {
          ...r,
          ...(findingCount ? { findingCount } : {}),
          ...(annotationCount ? { annotationCount } : {})
        }
      : r
  })

function sources(library: Library): string[] {
  const all = library
    .list()
    .map((a) => a.source)
    .filter(Boolean)
  return [...new Set(all)].sort((a, b) => a.localeCompare(b))
}
