import { parseAutomergeUrl, isValidAutomergeUrl, type DocumentId } from '@automerge/automerge-repo'

/**
 * Every document a library document refers to: any `automerge:` URL anywhere in it, as a plain
 * string or an ImmutableString. Walking the whole value rather than named fields keeps the
 * server's access rule true whatever fields the library gains (articles' texts and
 * annotations, links, each analyst's decisions).
 */
export function listedDocuments(doc: unknown): Set<DocumentId> {
  const found = new Set<DocumentId>()
  const seen = new Set<unknown>()
  const visit = (v: unknown, depth: number): void => {
    if (depth > 64) return
    const s = typeof v === 'string' ? v : stringOfImmutable(v)
    if (s !== null) {
      if (s.startsWith('automerge:') && isValidAutomergeUrl(s))
        found.add(parseAutomergeUrl(s).documentId)
      return
    }
    if (typeof v !== 'object' || v === null || seen.has(v)) return
    seen.add(v)
    for (const child of Object.values(v)) visit(child, depth + 1)
  }
  visit(doc, 0)
  return found
}

/** Automerge's ImmutableString keeps its text in `val`. */
function stringOfImmutable(v: unknown): string | null {
  if (typeof v !== 'object' || v === null || !('val' in v)) return null
  const val = (v as { val: unknown }).val
  return typeof val === 'string' && v.constructor?.name === 'ImmutableString' ? val : null
}
