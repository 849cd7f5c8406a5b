import { randomBytes } from 'node:crypto'
import type { AnnotationLink, ArticleId } from '../../../shared/model'
import { err, ok, type Result } from '../../../shared/result'
import type { AnnotationFiles } from '../annotations/annotation-files'
import { upgradeDecision, upgradeLink, type LegacyDecision } from '../legacy-findings'
import { contentHash, paragraphFingerprints } from '../import/fingerprints'
import type { Library, LibraryObserver } from '../library'
import type { LibraryData } from '../library-schema'
import type { TextStore } from '../text-store'
import { BUNDLE_VERSION, bundleSchema, checkBundle, type Bundle } from './bundle'
import { addDecisions, mergePalette, remapEnd, remapMeta } from './bundle-merge'

/** What a bundle import added; articles already present (same text) are reused, not copied. */
export type BundleReport = {
  articles: number
  reused: number
  annotations: number
  links: number
  decisions: number
  /** The library id of the bundle's first article. */
  firstId: ArticleId
}

/**
 * Puts a Parallax bundle into this library with nothing lost. Ids are kept when they are free,
 * so a bundle imported into an empty library exports again identically; an article whose text
 * is already here is reused, and a clashing id gets a new one with every reference remapped.
 * Texts are written before the store rows that point at them, and every write is durable.
 */
export class BundleImporter {
  constructor(
    private readonly library: Library,
    private readonly texts: TextStore,
    private readonly files: AnnotationFiles,
    /** Told about each new article, as Library.import tells its observers (the search index). */
    private readonly observer: LibraryObserver = {}
  ) {}

  async import(name: string, bytes: Uint8Array): Promise<Result<BundleReport>> {
    const parsed = parse(name, bytes)
    if (!parsed.ok) return parsed
    const b = parsed.value
    const ids = this.assignIds(b)
    const map = (id: string): string => ids.get(id) ?? id
    const fresh = b.articles.filter((a) => !this.library.meta(map(a.meta.id)))
    try {
      for (const a of fresh) await this.texts.write(map(a.meta.id), a.text)
    } catch (e) {
      return err('storage-failed', `Could not save the texts of ${name}: ${(e as Error).message}`)
    }
    const report: BundleReport = {
      articles: fresh.length,
      reused: b.articles.length - fresh.length,
      annotations: 0,
      links: 0,
      decisions: 0,
      firstId: map(b.articles[0]?.meta.id ?? '')
    }
    const saved = await this.library.store.update((d) => {
      for (const a of fresh) d.articles.push(remapMeta(a.meta, map, ids, a.text))
      report.links = this.addLinks(d, b, map)
      report.decisions = addDecisions(d, b, map)
      mergePalette(d.palette, b.palette)
    }, `the bundle ${name}`)
    if (!saved.ok) return saved
    await this.announce(b, fresh, map)
    const added = await this.addAnnotations(b, map)
    return added.ok ? ok({ ...report, annotations: added.value }) : added
  }

  /** Restores reused articles from the Trash and tells the indexes about new ones. */
  private async announce(b: Bundle, fresh: Bundle['articles'], map: (id: string) => string) {
    // Bringing an article in again takes it out of the Trash, as importing its file does.
    const trashed = b.articles
      .map((a) => map(a.meta.id))
      .filter((id) => this.library.meta(id)?.deletedAt)
    if (trashed.length) await this.library.restore(trashed)
    for (const a of fresh) {
      this.library.nearDuplicates?.add(map(a.meta.id), paragraphFingerprints(a.text))
      const row = this.library.meta(map(a.meta.id))
      if (row) this.observer.added?.(row, a.text)
    }
  }

  /** Each article's annotations that this library lacks (by id), in the bundle's order. */
  private async addAnnotations(b: Bundle, map: (id: string) => string): Promise<Result<number>> {
    let count = 0
    for (const a of b.articles) {
      const store = await this.files.store(map(a.meta.id))
      const have = new Set(store.data.annotations.map((x) => x.id))
      const added = a.annotations.filter((x) => !have.has(x.id))
      if (!added.length) continue
      const r = await store.update((d) => {
        for (const x of added)
          d.annotations.push({
            ...x,
            article: map(x.article),
            target: { ...x.target, source: map(x.target.source) }
          })
      }, `the annotations of ${a.meta.title}`)
      if (!r.ok) return r
      count += added.length
    }
    return ok(count)
  }

  /** Bundle id → library id: the article with the same text, else the same id if free. */
  private assignIds(b: Bundle): Map<string, string> {
    const ids = new Map<string, string>()
    const taken = new Set(this.library.store.data.articles.map((a) => a.id))
    for (const a of b.articles) {
      const hash = contentHash(a.text)
      const same = this.library.store.data.articles.find((x) => x.contentHash === hash)
      let id = same?.id ?? a.meta.id
      if (!same && taken.has(id)) id = randomBytes(6).toString('hex')
      taken.add(id)
      ids.set(a.meta.id, id)
    }
    return ids
  }

  private addLinks(d: LibraryData, b: Bundle, map: (id: string) => string): number {
    const have = new Set(d.links.map((l) => l.id))
    const added = b.links.filter((l) => !have.has(l.id))
    for (const l of added)
      d.links.push({ ...l, from: remapEnd(l.from, map), to: remapEnd(l.to, map) })
    return added.length
  }
}

function parse(name: string, bytes: Uint8Array): Result<Bundle> {
  let json: unknown
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
  } catch (e) {
    return err(
      'corrupt-file',
      `${name} is not valid JSON, so it cannot be read as a Parallax bundle: ${(e as Error).message}`
    )
  }
  const version = (json as { version?: unknown } | null)?.version
  if (typeof version === 'number' && version > BUNDLE_VERSION)
    return err(
      'corrupt-file',
      `${name} was written by a newer version of Parallax (bundle version ${version}; this one reads up to ${BUNDLE_VERSION}).`
    )
  json = upgradeV1(json)
  const r = bundleSchema.safeParse(json)
  if (!r.success) {
    const i = r.error.issues[0]
    return err(
      'corrupt-file',
      `${name} is not a valid Parallax bundle: ${i?.message ?? 'wrong shape'} (at ${i?.path.join('.') || 'the top level'}).`
    )
  }
  // zod's copy, so nothing the schema does not know is stored, in the file's key order, so a
  // bundle imported into an empty library exports again byte for byte.
  const bundle = inOrderOf(json, r.data) as Bundle
  const problem = checkBundle(bundle)
  return problem
    ? err('corrupt-file', `${name} cannot be imported: ${problem}. Nothing was changed.`)
    : ok(bundle)
}

/** `parsed` (a validated copy of `input`) with its object keys in the order `input` had them. */
function inOrderOf(input: unknown, parsed: unknown): unknown {
  if (Array.isArray(parsed))
    return parsed.map((x, i) => inOrderOf(Array.isArray(input) ? input[i] : undefined, x))
  if (!parsed || typeof parsed !== 'object') return parsed
  const from = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>
  const copy = parsed as Record<string, unknown>
  const keys = [...Object.keys(from).filter((k) => k in copy), ...Object.keys(copy)]
  return Object.fromEntries(
    [...new Set(keys)]
      .filter((k) => Object.hasOwn(copy, k))
      .map((k) => [k, inOrderOf(from[k], copy[k])])
  )
}

/**
 * A version 1 bundle in today's shape: its decisions and finding link ends kept copies of
 * offsets, which become selectors on the bundle's own texts (orphans where they miss, so a
 * bundle written after a re-import still comes in whole). Anything malformed is left for the
 * schema to report.
 */
function upgradeV1(json: unknown): unknown {
  const b = json as { version?: unknown; articles?: unknown; decisions?: unknown; links?: unknown }
  if (b?.version !== 1 || ![b.articles, b.decisions, b.links].every(Array.isArray)) return json
  const texts = new Map<unknown, unknown>(
    (b.articles as { meta?: { id?: unknown }; text?: unknown }[]).map((a) => [a?.meta?.id, a?.text])
  )
  const text = (id: string): string | undefined => {
    const t = texts.get(id)
    return typeof t === 'string' ? t : undefined
  }
  try {
    return {
      ...b,
      version: BUNDLE_VERSION,
      decisions: (b.decisions as LegacyDecision[]).map((d) => upgradeDecision(d, text)),
      links: (b.links as AnnotationLink[]).map((l) => upgradeLink(l, text))
    }
  } catch {
    return json
  }
}
