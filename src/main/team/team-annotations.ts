import type { AutomergeUrl, DocHandle } from '@automerge/automerge-repo'
import type { Annotation, ArticleId } from '../../shared/model'
import { AnnotationFiles, type AnnotationFile } from '../services/annotations/annotation-files'
import type { StoreLike } from '../services/store'
import { assignChanged } from './assign-changed'
import { ProjectedStore } from './projected-store'
import { annotationOf, imm, storedAnnotation, str, type AnnotationsDoc } from './shapes'
import type { TeamDocs } from './team-library'

/**
 * A team library's annotations, one Automerge document per article, behind the same
 * interface as the solo per-article files: the Annotations service runs on it unchanged. Each
 * annotation records who made it (`by`); an edit writes only the fields that changed, and a
 * removal is always a soft delete.
 */
export class TeamAnnotationFiles extends AnnotationFiles {
  private opened = new Map<ArticleId, Promise<StoreLike<AnnotationFile>>>()

  constructor(private readonly docs: TeamDocs) {
    super('')
  }

  override store(article: ArticleId): Promise<StoreLike<AnnotationFile>> {
    let s = this.opened.get(article)
    if (!s) {
      s = this.openTeam(article)
      s.catch(() => this.opened.delete(article))
      this.opened.set(article, s)
    }
    return s
  }

  /** The article's annotations document, loaded on first use. */
  async handle(article: ArticleId): Promise<DocHandle<AnnotationsDoc>> {
    const a = this.docs.library.doc().articles[article]
    if (!a) throw new Error(`No article with id ${article} is in the team library.`)
    return this.docs.team.repo.find<AnnotationsDoc>(str(a.annotationsDoc) as AutomergeUrl)
  }

  private async openTeam(article: ArticleId): Promise<StoreLike<AnnotationFile>> {
    const h = await this.handle(article)
    let cache: AnnotationFile | null = null
    h.on('change', () => (cache = null))
    const read = (): AnnotationFile => (cache ??= projectAnnotations(article, h.doc()))
    const write = async (after: AnnotationFile, before: AnnotationFile): Promise<void> => {
      const old = new Map(before.annotations.map((a) => [a.id, a]))
      const next = new Map(after.annotations.map((a) => [a.id, a]))
      const changed = [...next].filter(
        ([id, a]) => JSON.stringify(a) !== JSON.stringify(old.get(id))
      )
      const gone = [...old.keys()].filter((id) => !next.has(id))
      if (changed.length === 0 && gone.length === 0) return
      const at = imm(new Date().toISOString())
      await this.docs.team.commit(h, (d) => {
        for (const [id, a] of changed) {
          const stored = d.annotations[id]
          // The draft is what the caller gets back: it learns its author as stored.
          a.by ??= this.docs.user
          if (!stored) d.annotations[id] = storedAnnotation(a, a.by)
          else assignChanged(d, ['annotations', id], storedAnnotation(a, str(stored.by)))
        }
        for (const id of gone) if (d.annotations[id]) d.annotations[id].deletedAt = at
      })
      cache = null
    }
    return new ProjectedStore(read, write)
  }

  override async articles(): Promise<ArticleId[]> {
    return Object.entries(this.docs.library.doc().articles)
      .filter(([, a]) => a.purgedAt === null)
      .map(([id]) => id)
  }

  override async drain(): Promise<void> {
    for (const s of this.opened.values()) await (await s).drain()
  }
}

/** The solo file shape of an annotations document: live and trashed, oldest first. */
export function projectAnnotations(article: ArticleId, doc: AnnotationsDoc): AnnotationFile {
  const annotations: Annotation[] = Object.entries(doc.annotations)
    .map(([id, s]) => annotationOf(id, article, s))
    .sort((x, y) => x.created.localeCompare(y.created) || x.id.localeCompare(y.id))
  return { schemaVersion: 1, annotations }
}
