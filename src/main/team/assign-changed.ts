import * as A from '@automerge/automerge'

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !A.isImmutableString(v)

const same = (a: unknown, b: unknown): boolean =>
  A.isImmutableString(a) && A.isImmutableString(b) ? a.val === b.val : a === b

/**
 * Writes `next` into the Automerge object at `path` of `root` (inside a change), touching only
 * the fields whose values differ, so a concurrent edit of another field by another analyst is
 * never overwritten. A key missing from `next` is switched off, never deleted: `false` in a
 * set, `null` elsewhere. A `note` is updated as text, so two analysts' edits of it merge.
 */
export function assignChanged(
  root: A.Doc<unknown>,
  path: A.Prop[],
  next: Record<string, unknown>
): void {
  const target = path.reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], root) as Record<
    string,
    unknown
  >
  for (const [k, v] of Object.entries(next)) {
    const cur = target[k]
    if (k === 'note' && typeof v === 'string' && typeof cur === 'string') {
      if (cur !== v) A.updateText(root, [...path, k], v)
    } else if (isObject(v) && isObject(cur)) assignChanged(root, [...path, k], v)
    else if (!same(cur, v)) target[k] = v
  }
  for (const k of Object.keys(target)) {
    if (k in next || target[k] === false || target[k] === null) continue
    target[k] = typeof target[k] === 'boolean' ? false : null
  }
}
