/** The undoable steps behind every annotation action. */
import type { AnnotationPatch } from '../../../shared/contract'
import type { Annotation, AnnotationLink } from '../../../shared/model'
import type { Result } from '../../../shared/result'
import { endRef } from '../../../shared/link-end'
import { api } from '../api'
import { failure, history, type Command } from '../undo/undo-stack'

export const message = failure

/**
 * Runs an action and, on success, records its undo step. Views reload from main's
 * `annotations:changed`, which every write (an undo's too) sends to every window.
 */
export async function act<T>(
  label: string,
  run: () => Promise<Result<T>>,
  step: (value: T) => Omit<Command, 'label'>
): Promise<Result<T>> {
  const r = await run()
  if (!r.ok) return r
  const s = step(r.value)
  history.push({ label, ...s })
  return r
}

/** The inverse of a patch: the fields it touches, as they are now. */
export function inverse(a: Annotation, patch: AnnotationPatch): AnnotationPatch {
  const back: AnnotationPatch = {}
  if (patch.color !== undefined) back.color = a.body.color
  if (patch.tags !== undefined) back.tags = a.body.tags
  if (patch.note !== undefined) back.note = a.body.note
  if (patch.grade !== undefined) back.grade = a.body.grade ?? null
  return back
}

/** Undo steps for trash/restore: `restored` true means the action restored it. */
export const swap = (a: Annotation, restored: boolean): Omit<Command, 'label'> => {
  const trash = async (): Promise<string | null> =>
    message(await api.trashAnnotation(a.article, a.id))
  const restore = async (): Promise<string | null> =>
    message(await api.restoreAnnotation(a.article, a.id))
  return restored ? { undo: trash, redo: restore } : { undo: restore, redo: trash }
}

/** Undo steps for a link made (`made`) or removed; a re-made link gets a new id. */
export function relink(l: AnnotationLink, made: boolean): Omit<Command, 'label'> {
  let id = l.id
  const del = async (): Promise<string | null> => message(await api.deleteLink(id))
  const add = async (): Promise<string | null> => {
    const r = await api.createLink(l.relation, endRef(l.from), endRef(l.to))
    if (r.ok) id = r.value.id
    return message(r)
  }
  return made ? { undo: del, redo: add } : { undo: add, redo: del }
}
