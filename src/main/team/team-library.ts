import type { AutomergeUrl, DocHandle } from '@automerge/automerge-repo'
import type { LibraryData } from '../services/library-schema'
import type { StoreLike } from '../services/store'
import { assignChanged } from './assign-changed'
import { ProjectedStore } from './projected-store'
import {
  articleMetaOf,
  decisionOf,
  imm,
  linkOf,
  newAnnotationsDoc,
  newDecisionsDoc,
  paletteOf,
  storedArticle,
  storedDecision,
  storedLink,
  str,
  type AnnotationsDoc,
  type DecisionsDoc,
  type LibraryDoc,
  type LinksDoc
} from './shapes'
import type { TeamRepo } from './team-repo'

/** The LibraryData fields a team library keeps in Automerge; the rest stay local in lowdb. */
export const TEAM_FIELDS = ['articles', 'decisions', 'palette', 'links'] as const

/** Where a team library's documents are, once opened. */
export type TeamDocs = {
  team: TeamRepo
  user: string
  library: DocHandle<LibraryDoc>
  links: DocHandle<LinksDoc>
  /** This analyst's own decisions; only they write it. */
  decisions: DocHandle<DecisionsDoc>
}

/** Opens a library doc and the docs every session needs, creating this user's decisions doc. */
export async function openTeamDocs(team: TeamRepo, url: string, user: string): Promise<TeamDocs> {
  const library = await team.repo.find<LibraryDoc>(url as AutomergeUrl)
  const links = await team.repo.find<LinksDoc>(str(library.doc().linksDoc) as AutomergeUrl)
  const own = library.doc().decisionsDocs[user]
  let decisions: DocHandle<DecisionsDoc>
  if (own) decisions = await team.repo.find<DecisionsDoc>(str(own) as AutomergeUrl)
  else {
    decisions = team.repo.create(newDecisionsDoc(user))
    await team.repo.flush([decisions.documentId])
    await team.commit(library, (d) => void (d.decisionsDocs[user] = imm(decisions.url)))
  }
  return { team, user, library, links, decisions }
}

/**
 * The library store of a team library: articles, palette, links and this analyst's decisions
 * come from the team documents; prefs and other local-only fields from the local lowdb store.
 * Each field has exactly one home, so nothing is written twice.
 */
export function teamLibraryStore(
  docs: TeamDocs,
  local: StoreLike<LibraryData>,
  /** The text doc written for an article not yet in the library doc (see TeamTextStore). */
  pendingText: (id: string) => string | undefined
): StoreLike<LibraryData> {
  let cache: LibraryData | null = null
  for (const h of [docs.library, docs.links, docs.decisions]) h.on('change', () => (cache = null))
  const read = (): LibraryData => (cache ??= project(docs, local.data))
  const write = async (after: LibraryData, before: LibraryData): Promise<void> => {
    const localChanged = Object.keys(after).some(
      (k) =>
        !(TEAM_FIELDS as readonly string[]).includes(k) &&
        JSON.stringify(after[k as keyof LibraryData]) !==
          JSON.stringify(before[k as keyof LibraryData])
    )
    if (localChanged) {
      const r = await local.update((d) => {
        for (const k of Object.keys(after) as (keyof LibraryData)[])
          if (!(TEAM_FIELDS as readonly string[]).includes(k))
            (d as Record<string, unknown>)[k] = after[k]
      })
      if (!r.ok) throw new Error(r.error.message)
    }
    await writeArticles(docs, after, before, pendingText)
    await writeLinks(docs, after, before)
    await writeDecisions(docs, after, before)
    cache = null
  }
  return new ProjectedStore(read, write)
}

function project(docs: TeamDocs, local: LibraryData): LibraryData {
  const lib = docs.library.doc()
  const articles = Object.entries(lib.articles)
    .filter(([, a]) => a.purgedAt === null)
    .map(([id, a]) => articleMetaOf(id, a))
    .sort((x, y) => x.importedAt.localeCompare(y.importedAt) || x.id.localeCompare(y.id))
  const decisions = Object.fromEntries(
    Object.entries(docs.decisions.doc().decisions)
      .filter(([, d]) => d.deletedAt === null)
      .map(([id, d]) => [id, decisionOf(id, d)])
  )
  const links = Object.entries(docs.links.doc().links)
    .filter(([, l]) => l.deletedAt === null)
    .map(([id, l]) => linkOf(id, l))
    .sort((x, y) => x.created.localeCompare(y.created) || x.id.localeCompare(y.id))
  return { ...local, articles, decisions, links, palette: paletteOf(lib) }
}

const byId = <T extends { id: string }>(xs: T[]): Map<string, T> =>
  new Map(xs.map((x) => [x.id, x]))
const differ = (a: unknown, b: unknown): boolean => JSON.stringify(a) !== JSON.stringify(b)

async function writeArticles(
  docs: TeamDocs,
  after: LibraryData,
  before: LibraryData,
  pendingText: (id: string) => string | undefined
): Promise<void> {
  const old = byId(before.articles)
  const next = byId(after.articles)
  const created = new Map<string, DocHandle<AnnotationsDoc>>()
  for (const id of next.keys()) {
    if (old.has(id) || docs.library.doc().articles[id]) continue
    const h = docs.team.repo.create(newAnnotationsDoc(id))
    created.set(id, h)
  }
  const paletteChanged = differ(after.palette, before.palette)
  const articlesChanged =
    created.size > 0 ||
    [...next].some(([id, a]) => differ(a, old.get(id))) ||
    [...old.keys()].some((id) => !next.has(id))
  if (!articlesChanged && !paletteChanged) return
  const at = imm(new Date().toISOString())
  await docs.team.repo.flush([...created.values()].map((h) => h.documentId))
  await docs.team.commit(docs.library, (d) => {
    for (const [id, a] of next) {
      const stored = d.articles[id]
      if (!stored) {
        const textDoc = pendingText(id)
        if (!textDoc) throw new Error(`The text of article ${id} was not stored first.`)
        d.articles[id] = storedArticle(a, {
          textDoc,
          annotationsDoc: (created.get(id) as DocHandle<AnnotationsDoc>).url
        })
      } else if (differ(a, old.get(id)) || stored.purgedAt !== null) {
        const docsOf = { textDoc: str(stored.textDoc), annotationsDoc: str(stored.annotationsDoc) }
        assignChanged(d, ['articles', id], storedArticle(a, docsOf))
      }
    }
    for (const id of old.keys()) if (!next.has(id) && d.articles[id]) d.articles[id].purgedAt = at
    after.palette.forEach((p, order) => {
      const stored = { name: imm(p.name), color: imm(p.color), order }
      if (d.palette[p.id]) assignChanged(d, ['palette', p.id], stored)
      else d.palette[p.id] = stored
    })
  })
}

async function writeLinks(docs: TeamDocs, after: LibraryData, before: LibraryData): Promise<void> {
  if (!differ(after.links, before.links)) return
  const old = byId(before.links)
  const next = byId(after.links)
  const at = imm(new Date().toISOString())
  await docs.team.commit(docs.links, (d) => {
    for (const [id, l] of next) {
      const stored = d.links[id]
      if (!stored) d.links[id] = storedLink(l, docs.user)
      else if (differ(l, old.get(id)))
        assignChanged(d, ['links', id], storedLink(l, str(stored.by)))
    }
    for (const id of old.keys()) if (!next.has(id) && d.links[id]) d.links[id].deletedAt = at
  })
}

async function writeDecisions(
  docs: TeamDocs,
  after: LibraryData,
  before: LibraryData
): Promise<void> {
  if (!differ(after.decisions, before.decisions)) return
  const at = imm(new Date().toISOString())
  await docs.team.commit(docs.decisions, (d) => {
    for (const [id, x] of Object.entries(after.decisions)) {
      if (!differ(x, before.decisions[id]) && d.decisions[id]?.deletedAt === null) continue
      if (d.decisions[id]) assignChanged(d, ['decisions', id], storedDecision(x))
      else d.decisions[id] = storedDecision(x)
    }
    for (const id of Object.keys(before.decisions))
      if (!after.decisions[id] && d.decisions[id]) d.decisions[id].deletedAt = at
  })
}
