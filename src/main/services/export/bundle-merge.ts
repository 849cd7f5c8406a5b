import type { ArticleMeta, FindingSide, LinkEnd, PaletteColor } from '../../../shared/model'
import { contentHash } from '../import/fingerprints'
import { defaultPalette, type LibraryData } from '../library-schema'
import type { Bundle } from './bundle'

/* How a bundle's records are rewritten onto this library's ids, and merged with what is here. */

export function remapMeta(
  m: ArticleMeta,
  map: (id: string) => string,
  ids: Map<string, string>,
  text: string
): ArticleMeta {
  const out: ArticleMeta = { ...m, id: map(m.id), contentHash: contentHash(text) }
  // A near-duplicate pointer may only name an article that is in this library.
  if (m.nearDuplicateOf && !ids.has(m.nearDuplicateOf)) delete out.nearDuplicateOf
  else if (m.nearDuplicateOf) out.nearDuplicateOf = map(m.nearDuplicateOf)
  return out
}

export const remapEnd = (e: LinkEnd, map: (id: string) => string): LinkEnd => ({
  ...e,
  article: map(e.article)
})

const remapSide = (s: FindingSide, map: (id: string) => string): FindingSide => ({
  ...s,
  article: map(s.article)
})

export function addDecisions(d: LibraryData, b: Bundle, map: (id: string) => string): number {
  let n = 0
  for (const x of b.decisions) {
    if (d.decisions[x.findingId]) continue
    d.decisions[x.findingId] = { ...x, a: remapSide(x.a, map), b: remapSide(x.b, map) }
    n++
  }
  return n
}

/** Colours the analyst here has not renamed take the bundle's meanings; new colours are added. */
export function mergePalette(mine: PaletteColor[], theirs: PaletteColor[]): void {
  const defaults = new Map(defaultPalette().map((p) => [p.id, p.name]))
  for (const c of theirs) {
    const here = mine.find((p) => p.id === c.id)
    if (!here) mine.push({ ...c })
    else if (here.name === defaults.get(c.id)) here.name = c.name
  }
}
