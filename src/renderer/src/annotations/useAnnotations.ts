import { useCallback, useEffect, useState } from 'react'
import type { AnnotationPatch, NewAnnotation } from '../../../shared/contract'
import type {
  Annotation,
  AnnotationLink,
  LinkEndRef,
  Grade,
  LinkRelation
} from '../../../shared/model'
import type { Result } from '../../../shared/result'
import { api } from '../api'
import { useChanges } from '../hooks/useChanges'
import { emptyLoaded, load, type Loaded } from './load-annotations'
import { usePaletteStyles } from './palette-styles'
import { act, inverse, message, relink, swap } from './actions'

export type Scope = 'open' | 'all'

/** Everything a reader view shows about annotations, and every action on them (all undoable). */
/** Live annotations in scope (the open articles, or the whole library), and what acts on them. */
export type AnnotationsApi = Omit<Loaded, 'error'> & {
  scope: Scope
  setScope: (s: Scope) => void
  /** True until the annotations of the current articles and scope have arrived. */
  loading: boolean
  error: string | null
  clearError: () => void
  showError: (message: string) => void
  create: (n: NewAnnotation) => Promise<Annotation | null>
  update: (a: Annotation, patch: AnnotationPatch, label?: string) => Promise<void>
  remove: (a: Annotation) => Promise<void>
  restore: (a: Annotation) => Promise<void>
  link: (relation: LinkRelation, from: LinkEndRef, to: LinkEndRef) => Promise<void>
  unlink: (l: AnnotationLink) => Promise<void>
  renameColor: (id: string, name: string) => Promise<void>
  /** Changes a palette colour's hex; every mark in it repaints. */
  recolor: (id: string, color: string) => Promise<void>
  renameTag: (from: string, to: string) => Promise<void>
  /** Grades a source (article); `before` is its grade now, for undo. */
  gradeArticle: (id: string, grade: Grade | null, before: Grade | null) => Promise<void>
  reload: () => void
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

  // Any window's write (or undo) that touches what this view shows reloads it; links reach
  // across articles, so a change on either end counts.
  useChanges(scope === 'all' ? 'all' : ids, reload)
  usePaletteStyles(loadedFor === null ? null : data.palette)
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
  const link = async (relation: LinkRelation, from: LinkEndRef, to: LinkEndRef): Promise<void> =>
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
  const recolor = async (id: string, color: string): Promise<void> => {
    const old = data.palette.find((p) => p.id === id)?.color ?? color
    report(
      await act(
        `Change colour`,
        () => api.recolor(id, color),
        () => ({
          undo: async () => message(await api.recolor(id, old)),
          redo: async () => message(await api.recolor(id, color))
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
    recolor,
    renameTag,
    gradeArticle,
    reload
  }
}
