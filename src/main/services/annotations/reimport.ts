import type { ReimportReport } from '../../../shared/contract'
import type { Annotation, ArticleId, FindingSide } from '../../../shared/model'
import { ok, type Result } from '../../../shared/result'
import { describe, reanchorAll, type Placement } from '../../../shared/anchoring'
import type { ImportInput, Library } from '../library'
import type { LibraryData } from '../library-schema'
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
  const findingOrphans = await reanchorFindingSides(library, id, oldText, newText)
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
    const report: ReimportReport = { exact: 0, fuzzy: 0, orphans: 0, findingOrphans }
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

/**
 * Re-places the sides of decisions and links that sit on the article, by the same rules as
 * annotations. Returns how many are orphans; should the store refuse the write, they keep their
 * old selectors and a later re-import tries again from the same quotes.
 */
async function reanchorFindingSides(
  library: Library,
  id: ArticleId,
  oldText: string,
  newText: string
): Promise<number> {
  const mine = [...sidesOf(library.store.data)].filter(([, s]) => s.article === id)
  if (!mine.length) return 0
  const placed = reanchorAll(
    oldText,
    newText,
    mine.map(([key, s]) => ({ id: key, quote: s.selector[0], position: s.selector[1] }))
  )
  const saved = await library.store.update((d) => {
    const all = sidesOf(d)
    for (const p of placed) {
      const side = all.get(p.id)
      if (side) placeSide(side, newText, p.result)
    }
    return placed.filter((p) => p.result.status === 'orphan').length
  }, 'the re-anchored findings')
  return saved.ok ? saved.value : 0
}

/** Every stored finding side, by a key that names its decision or link and which side it is. */
function sidesOf(d: LibraryData): Map<string, FindingSide> {
  const out = new Map<string, FindingSide>()
  for (const x of Object.values(d.decisions)) {
    out.set(`d:${x.findingId}:a`, x.a)
    out.set(`d:${x.findingId}:b`, x.b)
  }
  for (const l of d.links) {
    if (l.from.type === 'finding') out.set(`l:${l.id}:from`, l.from)
    if (l.to.type === 'finding') out.set(`l:${l.id}:to`, l.to)
  }
  return out
}

/** Records where a re-anchored annotation now sits; an orphan keeps its old selectors. */
export function place(a: Annotation, text: string, r: Placement): void {
  a.anchor = { status: r.status, confidence: r.confidence }
  a.modified = new Date().toISOString()
  a.target.selector = selectorsAt(text, r) ?? a.target.selector
}

function placeSide(s: FindingSide, text: string, r: Placement): void {
  s.anchor = { status: r.status, confidence: r.confidence }
  s.selector = selectorsAt(text, r) ?? s.selector
}

// An orphan keeps its quote: it is what "Needs attention" shows and what a later re-import
// searches for again.
function selectorsAt(text: string, r: Placement): FindingSide['selector'] | null {
  if (r.status === 'orphan') return null
  const { quote, position } = describe(text, r.start, r.end)
  return [quote, position]
}
