import type { AutomergeUrl } from '@automerge/automerge-repo'
import { TextStore } from '../services/text-store'
import { imm, newTextDoc, str, type TextDoc } from './shapes'
import type { TeamDocs } from './team-library'
import { createHash } from 'node:crypto'

/**
 * Article texts of a team library: one immutable document per version of a text. Writing a
 * text makes a new document and, for an article already in the library, points the article
 * at it (like the solo store, the text lands before the metadata row that describes it). A
 * new article's text waits in `pending` until the library store adds the article.
 */
export class TeamTextStore extends TextStore {
  private pending = new Map<string, { url: string; text: string }>()
  /** Texts never change once written, so a cache by document URL is always right. */
  private cache = new Map<string, string>()

  constructor(private readonly docs: TeamDocs) {
    super('')
  }

  override async init(): Promise<void> {}

  /** The text document written for an article the library doc does not hold yet. */
  pendingUrl(id: string): string | undefined {
    return this.pending.get(id)?.url
  }

  override async read(id: string): Promise<string> {
    const a = this.docs.library.doc().articles[id]
    const waiting = this.pending.get(id)
    if (!a || a.purgedAt !== null) {
      if (waiting) return waiting.text
      throw Object.assign(new Error(`No text for article ${id}.`), { code: 'ENOENT' })
    }
    const url = str(a.textDoc)
    const hit = this.cache.get(url)
    if (hit !== undefined) return hit
    const h = await this.docs.team.repo.find<TextDoc>(url as AutomergeUrl)
    const text = str(h.doc().text)
    this.cache.set(url, text)
    return text
  }

  override async write(id: string, text: string): Promise<void> {
    const hash = createHash('sha256').update(text).digest('hex')
    const h = this.docs.team.repo.create(newTextDoc(hash, text))
    await this.docs.team.repo.flush([h.documentId])
    this.cache.set(h.url, text)
    if (this.docs.library.doc().articles[id]) {
      await this.docs.team.commit(this.docs.library, (d) => {
        const a = d.articles[id]
        if (a) a.textDoc = imm(h.url)
      })
      this.pending.delete(id)
    } else this.pending.set(id, { url: h.url, text })
  }

  /** Team texts are never deleted (other analysts may still hold them); only pending ones go. */
  override async remove(id: string): Promise<void> {
    this.pending.delete(id)
  }
}
