import type { ReimportReport } from '../../../shared/contract'
import type { Annotation, ArticleId } from '../../../shared/model'
import { ok, type Result } from '../../../shared/result'
import { describe, reanchorAll, type Placement } from '../../../shared/anchoring'
import type { ImportInput, Library } from '../library'
import type { AnnotationFiles } from './annotation-files'

/**
 * Replaces an article's text with an edited version and re-places every annotation on it
 * (trashed ones too, so a restore lands in the right place). Annotations found again get new
 * selectors and a confidence; the rest become orphans that keep their old quote and position,
 * listed under "Needs attention". None is dropped or moved below the confidence threshold.
 *
 * The text is written before the annotations. Should the annotation write fail, the report
 * says so and the annotations keep their old selectors; re-importing the same file again
 * re-runs the anchoring from the stored quotes, which do not depend on the old text.
 */
export async function reimportArticle(
  library: Library,
  files: AnnotationFiles,
  id: ArticleId,
  input: ImportInput
): Promise<Result<ReimportReport>> {
  const replaced = await library.replaceText(id, input)
  if (!replaced.ok) return replaced
  const { oldText, newText } = replaced.value
  const store = await files.store(id)
  const placed = reanchorAll(
    oldText,
    newText,
    store.data.annotations.map((a) => ({
      id: a.id,
      quote: a.target.selector[0],
      position: a.target.selector[1]
    }))
  )
  const byId = new Map(placed.map((p) => [p.id, p.result]))
  const saved = await store.update((d) => {
    const report: ReimportReport = { exact: 0, fuzzy: 0, orphans: 0 }
    for (const a of d.annotations) {
      const r = byId.get(a.id)
      if (!r) continue
      if (!a.deletedAt) report[r.status === 'orphan' ? 'orphans' : r.status]++
      place(a, newText, r)
    }
    return report
  }, 'the re-anchored annotations')
  return saved.ok ? ok(saved.value) : saved
}

/** Records where a re-anchored annotation now sits; an orphan keeps its old selectors. */
export function place(a: Annotation, text: string, r: Placement): void {
  a.anchor = { status: r.status, confidence: r.confidence }
  a.modified = new Date().toISOString()
  // An orphan keeps its quote: it is what "Needs attention" shows and what a later
  // re-import searches for again.
  if (r.status === 'orphan') return
  const { quote, position } = describe(text, r.start, r.end)
  a.target.selector = [quote, position]
}
