import type { LinkEnd, PassageRef } from '../../../shared/model'
import type { AnnotationFiles } from './annotation-files'

/**
 * The live, placed annotation on `p.article` that shares the most characters with the passage,
 * as a link end; null when none touches it. Used to attach a confirmed finding's link to the
 * analyst's own marks.
 */
export async function annotationOver(
  files: AnnotationFiles,
  p: PassageRef
): Promise<LinkEnd | null> {
  let best: { id: string; shared: number } | null = null
  for (const a of (await files.store(p.article)).data.annotations) {
    if (a.deletedAt || a.anchor.status === 'orphan') continue
    const { start, end } = a.target.selector[1]
    const shared = Math.min(end, p.end) - Math.max(start, p.start)
    if (shared > 0 && (!best || shared > best.shared)) best = { id: a.id, shared }
  }
  return best ? { type: 'annotation', id: best.id, article: p.article } : null
}
