import type { Annotation, AnnotationLink, PaletteColor, TagCount } from '../../../shared/model'
import { api } from '../api'

/** What a reader view has loaded about annotations. */
export type Loaded = {
  annotations: Annotation[]
  byId: Map<string, Annotation>
  links: AnnotationLink[]
  palette: PaletteColor[]
  tags: TagCount[]
  titles: Map<string, string>
  trash: Annotation[]
  error?: string
}

export const emptyLoaded: Loaded = {
  annotations: [],
  byId: new Map(),
  links: [],
  palette: [],
  tags: [],
  titles: new Map(),
  trash: []
}

/**
 * Loads the annotations in scope (the open articles, or the whole library), the trash, the
 * palette, every tag, the links touching them, and the annotations at the far ends of those
 * links so each link can show what it points to.
 */
export async function load(ids: string[], scope: 'open' | 'all'): Promise<Loaded> {
  const which = scope === 'all' ? 'all' : ids
  const none = async (): Promise<{ ok: true; value: Annotation[] }> => ({ ok: true, value: [] })
  const [list, trash, palette, tags, rows] = await Promise.all([
    which.length ? api.listAnnotations(which) : none(),
    api.listAnnotations('all', true),
    api.getPalette(),
    api.listAllTags(),
    api.listArticles()
  ])
  const failed = [list, trash, palette, tags, rows].find((r) => !r.ok)
  const annotations = list.ok ? list.value : []
  const inScope = [...new Set([...ids, ...annotations.map((a) => a.article)])]
  const links = inScope.length ? await api.listLinks(inScope) : { ok: true as const, value: [] }
  const byId = new Map(annotations.map((a) => [a.id, a]))
  const far = new Set<string>()
  for (const l of links.ok ? links.value : [])
    for (const e of [l.from, l.to])
      if (e.type === 'annotation' && !byId.has(e.id)) far.add(e.article)
  if (far.size) {
    const more = await api.listAnnotations([...far])
    if (more.ok) for (const a of more.value) byId.set(a.id, a)
  }
  return {
    annotations,
    byId,
    links: links.ok ? links.value : [],
    palette: palette.ok ? palette.value : [],
    tags: tags.ok ? tags.value : [],
    titles: new Map((rows.ok ? rows.value : []).map((r) => [r.id, r.title])),
    trash: trash.ok ? trash.value : [],
    ...(failed && !failed.ok ? { error: failed.error.message } : {})
  }
}
