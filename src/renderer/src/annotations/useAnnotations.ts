import { useCallback, useEffect, useState } from 'react'
import type { AnnotationPatch, NewAnnotation } from '../../../shared/contract'
import type {
  Annotation,
  AnnotationLink,
  LinkEnd,
  Grade,
  LinkRelation,
  PaletteColor,
  TagCount
} from '../../../shared/model'
import type { Result } from '../../../shared/result'
import { api } from '../api'
import { emptyLoaded, load, type Loaded } from './load-annotations'
import { annotationHistory, type Command } from './undo-stack'

export type Scope = 'open' | 'all'

/** Everything a reader view shows about annotations, and every action on them (all undoable). */
export type AnnotationsApi = {
  scope: Scope
  setScope: (s: Scope) => void
  /** True until the annotations of the current articles and scope have arrived. */
  loading: boolean
  /** Live annotations in scope: the open articles, or the whole library. */
  annotations: Annotation[]
  /** Annotations at the far end of links, by id, wherever they live. */
  byId: Map<string, Annotation>
  links: AnnotationLink[]
  palette: PaletteColor[]
  tags: TagCount[]
  titles: Map<string, string>
  trash: Annotation[]
  error: string | null
  clearError: () => void
  showError: (message: string) => void
  create: (n: NewAnnotation) => Promise<Annotation | null>
  update: (a: Annotation, patch: AnnotationPatch, label?: string) => Promise<void>
  remove: (a: Annotation) => Promise<void>
  restore: (a: Annotation) => Promise<void>
  link: (relation: LinkRelation, from: LinkEnd, to: LinkEnd) => Promise<void>
  unlink: (l: AnnotationLink) => Promise<void>
  renameColor: (id: string, name: string) => Promise<void>
  renameTag: (from: string, to: string) => Promise<void>
  /** Grades a source (article); `before` is its grade now, for undo. */
  gradeArticle: (id: string, grade: Grade | null, before: Grade | null) => Promise<void>
  reload: () => void
}

// Every mounted reader view reloads when any of them (or an undo) changes annotations.
const bus = new EventTarget()
const changed = (): void => void bus.dispatchEvent(new Event('changed'))
/** Tells every reader view to reload annotations and links (a finding was confirmed...). */
export const notifyAnnotationsChanged = changed
const message = (r: Result<unknown>): string | null => (r.ok ? null : r.error.message)

/** Runs an action; on success records its undo step and tells every view to reload. */
async function act<T>(
  label: string,
  run: () => Promise<Result<T>>,
  step: (value: T) => Omit<Command, 'label'>
): Promise<Result<T>> {
  const r = await run()
  if (!r.ok) return r
  const s = step(r.value)
  annotationHistory.push({
    label,
    undo: async () => (await s.undo().finally(changed)) ?? null,
    redo: async () => (await s.redo().finally(changed)) ?? null
  })
  changed()
  return r
}

/** The inverse of a patch: the fields it touches, as they are now. */
function inverse(a: Annotation, patch: AnnotationPatch): AnnotationPatch {
  const back: AnnotationPatch = {}
  if (patch.color !== undefined) back.color = a.body.color
  if (patch.tags !== undefined) back.tags = a.body.tags
  if (patch.note !== undefined) back.note = a.body.note
  if (patch.grade !== undefined) back.grade = a.body.grade ?? null
  return back
}

/** Loads and changes the annotations of `ids` (or the whole library), with undo and redo. */
export function useAnnotations(ids: string[]): AnnotationsApi {
  const key = ids.join(',')
  const [scope, setScope] = useState<Scope>('open')
  const [round, setRound] = useState(0)
  const [data, setData] = useState<Loaded>(emptyLoaded)
  const [error, setError] = useState<string | null>(null)
  // Which articles and scope the shown data belongs to: anything else is still loading.
  const [loadedFor, setLoadedFor] = useState<string | null>(null)
  const reload = useCallback(() => setRound((n) => n + 1), [])

  useEffect(() => {
    bus.addEventListener('changed', reload)
    return () => bus.removeEventListener('changed', reload)
  }, [reload])
  useEffect(() => {
    let live = true
    void load(key ? key.split(',') : [], scope).then((d) => {
      if (!live) return
      if (d.error) setError(d.error)
      setData(d)
      setLoadedFor(`${key}|${scope}`)
    })
    return () => void (live = false)
  }, [key, scope, round])

  // The server's answer is shown at once; the reload that follows (for every view) confirms it.
  const show = (a: Annotation): void =>
    setData((d) => ({
      ...d,
      annotations: d.annotations.some((x) => x.id === a.id)
        ? d.annotations.map((x) => (x.id === a.id ? a : x))
        : [...d.annotations, a],
      byId: new Map(d.byId).set(a.id, a)
    }))
  const report = <T>(r: Result<T>): T | null => (r.ok ? r.value : (setError(r.error.message), null))
  const shown = (r: Result<Annotation>): Annotation | null => {
    const a = report(r)
    if (a) show(a)
    return a
  }
  const create = async (n: NewAnnotation): Promise<Annotation | null> =>
    shown(
      await act(
        'Add highlight',
        () => api.createAnnotation(n),
        (a) => ({
          undo: async () => message(await api.trashAnnotation(a.article, a.id)),
          redo: async () => message(await api.restoreAnnotation(a.article, a.id))
        })
      )
    )
  const update = async (
    a: Annotation,
    patch: AnnotationPatch,
    label = 'Edit annotation'
  ): Promise<void> => {
    const back = inverse(a, patch)
    shown(
      await act(
        label,
        () => api.updateAnnotation(a.article, a.id, patch),
        () => ({
          undo: async () => message(await api.updateAnnotation(a.article, a.id, back)),
          redo: async () => message(await api.updateAnnotation(a.article, a.id, patch))
        })
      )
    )
  }
  const remove = async (a: Annotation): Promise<void> =>
    void report(
      await act(
        'Delete annotation',
        () => api.trashAnnotation(a.article, a.id),
        () => swap(a, false)
      )
    )
  const restore = async (a: Annotation): Promise<void> =>
    void report(
      await act(
        'Restore annotation',
        () => api.restoreAnnotation(a.article, a.id),
        () => swap(a, true)
      )
    )
  const link = async (relation: LinkRelation, from: LinkEnd, to: LinkEnd): Promise<void> =>
    void report(
      await act(
        `Link as ${relation}`,
        () => api.createLink(relation, from, to),
        (l) => relink(l, true)
      )
    )
  const unlink = async (l: AnnotationLink): Promise<void> =>
    void report(
      await act(
        'Remove link',
        () => api.deleteLink(l.id),
        () => relink(l, false)
      )
    )
  const renameColor = async (id: string, name: string): Promise<void> => {
    const old = data.palette.find((p) => p.id === id)?.name ?? name
    report(
      await act(
        `Rename colour to ${name}`,
        () => api.renameColor(id, name),
        () => ({
          undo: async () => message(await api.renameColor(id, old)),
          redo: async () => message(await api.renameColor(id, name))
        })
      )
    )
  }
  const renameTag = async (from: string, to: string): Promise<void> => {
    // A merge cannot be undone by renaming back, so remember each annotation's tags.
    const before = await api.listAnnotations('all')
    if (!before.ok) return void setError(before.error.message)
    const touched = before.value.filter((a) => a.body.tags.includes(from))
    report(
      await act(
        `Rename tag ${from} to ${to}`,
        () => api.renameAnnotationTag(from, to),
        () => ({
          undo: async () => {
            for (const a of touched) {
              const e = message(await api.updateAnnotation(a.article, a.id, { tags: a.body.tags }))
              if (e) return e
            }
            return null
          },
          redo: async () => message(await api.renameAnnotationTag(from, to))
        })
      )
    )
  }

  const gradeArticle = async (
    id: string,
    grade: Grade | null,
    before: Grade | null
  ): Promise<void> =>
    void report(
      await act(
        'Grade source',
        () => api.setArticleGrade(id, grade),
        () => ({
          undo: async () => message(await api.setArticleGrade(id, before)),
          redo: async () => message(await api.setArticleGrade(id, grade))
        })
      )
    )

  return {
    scope,
    setScope,
    loading: loadedFor !== `${key}|${scope}`,
    ...data,
    error,
    clearError: () => setError(null),
    showError: setError,
    create,
    update,
    remove,
    restore,
    link,
    unlink,
    renameColor,
    renameTag,
    gradeArticle,
    reload
  }
}

/** Undo steps for trash/restore: `back` true means the action restored it. */
const swap = (a: Annotation, restored: boolean): Omit<Command, 'label'> => {
  const trash = async (): Promise<string | null> =>
    message(await api.trashAnnotation(a.article, a.id))
  const restore = async (): Promise<string | null> =>
    message(await api.restoreAnnotation(a.article, a.id))
  return restored ? { undo: trash, redo: restore } : { undo: restore, redo: trash }
}

/** Undo steps for a link made (`made`) or removed; a re-made link gets a new id. */
function relink(l: AnnotationLink, made: boolean): Omit<Command, 'label'> {
  let id = l.id
  const del = async (): Promise<string | null> => message(await api.deleteLink(id))
  const add = async (): Promise<string | null> => {
    const r = await api.createLink(l.relation, l.from, l.to)
    if (r.ok) id = r.value.id
    return message(r)
  }
  return made ? { undo: del, redo: add } : { undo: add, redo: del }
}
