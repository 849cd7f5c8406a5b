import { diffWords } from 'diff'
import type { DiffPart } from '../model'

/**
 * jsdiff's word diff from `a` to `b`. Myers' diff is quadratic on unrelated text (about 280 ms
 * for two 1,000-word texts), so it is capped with maxEditLength; past the cap the result is one
 * delete of `a` and one insert of `b`, which is what the reader shows for unrelated passages.
 */
export function wordDiff(a: string, b: string): DiffPart[] {
  if (a === b) return a ? [{ op: 'equal', text: a }] : []
  const words = (a.length + b.length) / 6
  const changes = diffWords(a, b, { maxEditLength: Math.max(16, Math.ceil(words / 2)) })
  if (!changes) return wholesale(a, b)
  const parts: DiffPart[] = []
  for (const c of changes) {
    const op = c.added ? 'insert' : c.removed ? 'delete' : 'equal'
    const last = parts[parts.length - 1]
    if (last && last.op === op) last.text += c.value
    else if (c.value) parts.push({ op, text: c.value })
  }
  return parts
}

function wholesale(a: string, b: string): DiffPart[] {
  const parts: DiffPart[] = []
  if (a) parts.push({ op: 'delete', text: a })
  if (b) parts.push({ op: 'insert', text: b })
  return parts
}
