import * as A from '@automerge/automerge'
import type { AnnotationsDoc, DecisionsDoc, StoredAnnotation } from './shapes'
import { str } from './shapes'

/**
 * Fields whose concurrent changes are the analyst's to settle. The note merges character by
 * character; timestamps, anchors and the trash mark settle themselves (any value is right).
 */
const SETTLED_BY_MERGE = new Set(['note', 'modified', 'created', 'anchor', 'deletedAt', 'by'])

/** One field two analysts set differently at the same time: every value is kept. */
export type FieldConflict = {
  annotation: string
  /** The field, e.g. ['color'] or ['grade', 'reliability'] or ['tags', 'doubt']. */
  path: string[]
  /** Each concurrent value, as plain JSON; the first is what the document shows now. */
  values: unknown[]
}

const plain = (v: unknown): unknown =>
  A.isImmutableString(v)
    ? v.val
    : v && typeof v === 'object'
      ? JSON.parse(JSON.stringify(v, (_, x: unknown) => (A.isImmutableString(x) ? x.val : x)))
      : v

/** Every unsettled concurrent change in an article's annotations. Nothing is ever dropped. */
export function annotationConflicts(doc: A.Doc<AnnotationsDoc>): FieldConflict[] {
  const out: FieldConflict[] = []
  for (const id of Object.keys(doc.annotations).sort()) {
    const walk = (obj: object, path: string[]): void => {
      for (const key of Object.keys(obj)) {
        if (path.length === 0 && SETTLED_BY_MERGE.has(key)) continue
        const conflicts = A.getConflicts(obj as A.Doc<unknown>, key)
        const values = conflicts ? Object.values(conflicts).map(plain) : []
        const distinct = new Set(values.map((v) => JSON.stringify(v)))
        if (distinct.size > 1) {
          const shown = JSON.stringify(plain((obj as Record<string, unknown>)[key]))
          values.sort(
            (a, b) => Number(JSON.stringify(b) === shown) - Number(JSON.stringify(a) === shown)
          )
          out.push({ annotation: id, path: [...path, key], values })
          continue
        }
        const v = (obj as Record<string, unknown>)[key]
        if (v && typeof v === 'object' && !A.isImmutableString(v)) walk(v, [...path, key])
      }
    }
    walk(doc.annotations[id] as StoredAnnotation, [])
  }
  return out
}

/** Each analyst's verdict on each finding, and whether they disagree: shown, never merged. */
export type TeamVerdicts = {
  findingId: string
  verdicts: { user: string; status: string; at: string }[]
  disagree: boolean
}

export function teamVerdicts(docs: A.Doc<DecisionsDoc>[]): TeamVerdicts[] {
  const by = new Map<string, TeamVerdicts['verdicts']>()
  for (const d of docs)
    for (const [id, x] of Object.entries(d.decisions)) {
      if (x.deletedAt !== null) continue
      const list = by.get(id) ?? []
      list.push({ user: str(d.user), status: str(x.status), at: str(x.at) })
      by.set(id, list)
    }
  return [...by]
    .map(([findingId, verdicts]) => ({
      findingId,
      verdicts: verdicts.sort((a, b) => a.user.localeCompare(b.user)),
      disagree: new Set(verdicts.map((v) => v.status)).size > 1
    }))
    .sort((a, b) => a.findingId.localeCompare(b.findingId))
}

const toStored = (v: unknown): unknown =>
  typeof v === 'string'
    ? new A.ImmutableString(v)
    : v && typeof v === 'object'
      ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toStored(x)]))
      : v

/**
 * Settles a conflict with the value the analyst chose (inside a change): writing it again
 * supersedes every concurrent value, on every replica once they sync.
 */
export function resolveIn(
  doc: AnnotationsDoc,
  annotation: string,
  path: string[],
  value: unknown
): void {
  const a = doc.annotations[annotation]
  if (!a) throw new Error(`No annotation ${annotation} in this article.`)
  const parent = path
    .slice(0, -1)
    .reduce<Record<string, unknown>>((o, k) => o[k] as Record<string, unknown>, a as never)
  parent[path[path.length - 1] as string] = toStored(value)
}
