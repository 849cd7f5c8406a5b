import { anchor } from '../../../shared/anchoring'
import type { StoreLike } from '../store'
import type { AnnotationFile } from './annotation-files'
import { place } from './reimport'

/**
 * Checks every placed annotation of one article against the article's current text and
 * re-anchors those whose quote is no longer at their position. That only happens when the
 * text was replaced and the annotation write did not follow (a crash between the two writes
 * of a re-import); without this check they would be painted on the wrong words. Returns how
 * many were re-anchored; the fix is written like any other change.
 */
export async function reanchorStale(
  store: StoreLike<AnnotationFile>,
  text: string
): Promise<number> {
  const stale = (a: AnnotationFile['annotations'][number]): boolean => {
    const [quote, position] = a.target.selector
    return a.anchor.status !== 'orphan' && text.slice(position.start, position.end) !== quote.exact
  }
  if (!store.data.annotations.some(stale)) return 0
  const r = await store.update((d) => {
    let n = 0
    for (const a of d.annotations.filter(stale)) {
      const [quote, position] = a.target.selector
      place(a, text, anchor(text, quote, position.start))
      n++
    }
    return n
  }, 'the re-anchored annotations')
  return r.ok ? r.value : 0
}
