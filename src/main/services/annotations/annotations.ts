import { randomBytes } from 'node:crypto'
import type { AnnotationPatch, NewAnnotation } from '../../../shared/contract'
import type { Annotation, ArticleId } from '../../../shared/model'
import { err, ok, type Result } from '../../../shared/result'
import { describe } from '../../../shared/anchoring'
import type { Library } from '../library'
import { normaliseTag, normaliseTags } from '../tags'
import type { AnnotationFile, AnnotationFiles } from './annotation-files'
import type { StoreLike } from '../store'
import { reanchorStale } from './verify'

const newId = (): string => `an-${randomBytes(8).toString('hex')}`

/**
 * Create, edit, trash and restore annotations. Every change is acknowledged only once its
 * article's annotation file is durably written (the Store's promise resolves after fsync).
 * Offsets are checked against the stored text and colours against the palette, in main,
 * because the renderer is untrusted.
 */
export class Annotations {
  constructor(
    private readonly files: AnnotationFiles,
    private readonly library: Library,
    private readonly palette: () => { id: string }[],
    private readonly now: () => Date = () => new Date()
  ) {}

  /** Live annotations (or, with `trashed`, the trash) on these articles or the whole library. */
  async list(articles: ArticleId[] | 'all', trashed = false): Promise<Annotation[]> {
    // A file can outlive its article (the Trash was emptied); its annotations are not listed.
    const ids =
      articles === 'all'
        ? (await this.files.articles()).filter((id) => this.library.meta(id))
        : articles
    const out: Annotation[] = []
    for (const id of ids) {
      const store = await this.files.store(id)
      await this.verifyOnce(id, store)
      for (const a of store.data.annotations) if (Boolean(a.deletedAt) === trashed) out.push(a)
    }
    return out
  }

  /** Live annotations per article, for the library list's marks. */
  async counts(): Promise<Map<ArticleId, number>> {
    const out = new Map<ArticleId, number>()
    for (const a of await this.list('all')) out.set(a.article, (out.get(a.article) ?? 0) + 1)
    return out
  }

  /** Articles whose annotations were checked against their text since start-up. */
  private verified = new Set<ArticleId>()

  private async verifyOnce(id: ArticleId, store: StoreLike<AnnotationFile>): Promise<void> {
    if (this.verified.has(id) || !this.library.meta(id)) return
    this.verified.add(id)
    const text = await this.library.readText(id).catch(() => null)
    if (text !== null) await reanchorStale(store, text)
  }

  async create(n: NewAnnotation): Promise<Result<Annotation>> {
    if (!this.library.meta(n.article))
      return err('not-found', `No article with id ${n.article} is in the library.`)
    const text = await this.library.readText(n.article)
    if (!(n.start >= 0 && n.end > n.start && n.end <= text.length))
      return err(
        'invalid-argument',
        `The selection ${n.start}-${n.end} is outside the article's text (${text.length} characters).`
      )
    if (text.slice(n.start, n.end).trim() === '')
      return err('invalid-argument', 'The selection holds only white space; select some words.')
    const checked = this.checkBody(n)
    if (!checked.ok) return checked
    const { quote, position } = describe(text, n.start, n.end)
    const at = this.now().toISOString()
    const a: Annotation = {
      id: newId(),
      article: n.article,
      target: { source: n.article, selector: [quote, position] },
      body: {
        color: n.color,
        tags: checked.value,
        note: n.note ?? '',
        ...(n.grade && hasGrade(n.grade) ? { grade: n.grade } : {})
      },
      anchor: { status: 'exact', confidence: 1 },
      created: at,
      modified: at
    }
    const store = await this.files.store(n.article)
    return store.update((d) => (d.annotations.push(a), a), 'the annotation')
  }

  async update(
    article: ArticleId,
    id: string,
    patch: AnnotationPatch
  ): Promise<Result<Annotation>> {
    const checked = this.checkBody(patch)
    if (!checked.ok) return checked
    return this.change(article, id, (a) => {
      if (patch.color !== undefined) a.body.color = patch.color
      if (patch.tags !== undefined) a.body.tags = checked.value
      if (patch.note !== undefined) a.body.note = patch.note
      if (patch.grade === null || (patch.grade && !hasGrade(patch.grade))) delete a.body.grade
      else if (patch.grade !== undefined) a.body.grade = patch.grade
    })
  }

  /** Moves an annotation to the annotation trash; `restore` brings it back unchanged. */
  trash(article: ArticleId, id: string): Promise<Result<Annotation>> {
    return this.change(article, id, (a) => void (a.deletedAt = this.now().toISOString()))
  }

  restore(article: ArticleId, id: string): Promise<Result<Annotation>> {
    return this.change(article, id, (a) => void delete a.deletedAt)
  }

  /**
   * Renames an annotation tag in every article; renaming onto a tag already on an annotation
   * merges the two there. Returns how many annotations changed. Each article's file is written
   * durably in turn; a failure stops the rename and says how far it got.
   */
  async renameTag(fromRaw: string, toRaw: string): Promise<Result<number>> {
    let from: string, to: string
    try {
      ;[from, to] = [normaliseTag(fromRaw), normaliseTag(toRaw)]
    } catch (e) {
      return err('invalid-argument', (e as Error).message)
    }
    if (from === to) return ok(0)
    let changed = 0
    for (const id of await this.files.articles()) {
      const store = await this.files.store(id)
      if (!store.data.annotations.some((a) => a.body.tags.includes(from))) continue
      const r = await store.update((d) => renameIn(d.annotations, from, to), 'the tag rename')
      if (!r.ok)
        return err(r.error.code, `${r.error.message} ${changed} annotations were already renamed.`)
      changed += r.value
    }
    if (changed === 0) return err('not-found', `No annotation is tagged "${from}".`)
    return ok(changed)
  }

  private async change(
    article: ArticleId,
    id: string,
    apply: (a: Annotation) => void
  ): Promise<Result<Annotation>> {
    if (!this.library.meta(article))
      return err('not-found', `No article with id ${article} is in the library.`)
    const store = await this.files.store(article)
    if (!store.data.annotations.some((a) => a.id === id))
      return err('not-found', `No annotation ${id} on article ${article}.`)
    return store.update((d) => {
      const a = d.annotations.find((x) => x.id === id) as Annotation
      apply(a)
      a.modified = this.now().toISOString()
      return a
    }, 'the annotation')
  }

  /** Validates colour and tags before anything changes; returns the normalised tags. */
  private checkBody(b: { color?: string; tags?: string[] }): Result<string[]> {
    if (b.color !== undefined && !this.palette().some((p) => p.id === b.color))
      return err('invalid-argument', `There is no colour "${b.color}" in the palette.`)
    try {
      return ok(normaliseTags(b.tags ?? []))
    } catch (e) {
      return err('invalid-argument', (e as Error).message)
    }
  }
}

const hasGrade = (g: { reliability?: string; credibility?: number }): boolean =>
  g.reliability !== undefined || g.credibility !== undefined

/** Renames `from` to `to` on each annotation holding it, merging duplicates. */
export function renameIn(annotations: Annotation[], from: string, to: string): number {
  let n = 0
  for (const a of annotations) {
    if (!a.body.tags.includes(from)) continue
    a.body.tags = [...new Set(a.body.tags.map((t) => (t === from ? to : t)))]
    a.modified = new Date().toISOString()
    n++
  }
  return n
}
