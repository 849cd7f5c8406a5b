import { alignLists, alignSentences, type Alignment } from './align'
import { TermVocabulary, type TermSentence } from './terms'

/** A sentence held by the index: its document number, its terms and its text. */
export type IndexedSentence = TermSentence & { doc: number; text: string }

/** A candidate paraphrase: two sentence ids and their alignment. */
export type SentencePair = { x: number; y: number; al: Alignment }

/**
 * Terms in more sentences than this are too common to seed a candidate (they still count in
 * scores). A constant, not a share of the library, so one added article costs the same work
 * whatever the library's size (perf.md §1.5: cap 50 kept 2,000 articles near 2.4 s).
 */
export const MAX_TERM_DF = 16
/** Shared rare terms a sentence pair needs before it is aligned at all. */
export const MIN_SEED_TERMS = 2

/**
 * A sentence-level rare-term index: every sentence of every document, its canonical terms, and
 * postings from term to sentence. Adding a document finds, for each of its sentences, the
 * sentences of other documents sharing at least two rare terms, and aligns only those.
 */
export class SentenceIndex {
  readonly vocab = new TermVocabulary()
  readonly sentences: IndexedSentence[] = []
  private postings: number[][] = []
  private counts = new Int32Array(1 << 12)
  private touched: number[] = []

  constructor(private readonly alive: (doc: number) => boolean) {}

  /**
   * Indexes a document's sentences; returns their ids and the pairs found with other documents
   * (none when `pair` is false: an engine that only reads the index still builds it the same).
   */
  add(doc: number, text: string, pair = true): { ids: number[]; pairs: SentencePair[] } {
    const ids: number[] = []
    const pairs: SentencePair[] = []
    const seen = new Set<number>()
    for (const s of this.vocab.sentencesOf(text) as IndexedSentence[]) {
      const id = this.sentences.length
      s.doc = doc
      s.text = text.slice(s.start, s.end)
      this.sentences.push(s)
      ids.push(id)
      // A sentence repeated inside the article adds nothing new to compare.
      let sig = 0x811c9dc5
      for (const t of s.terms) sig = Math.imul(sig ^ t, 0x01000193)
      if (seen.has(sig)) continue
      seen.add(sig)
      if (pair)
        for (const other of this.candidates(id)) {
          // The same sentence in another article (a wire copy) is overlap's, unless it is a list
          // of names: only that alignment can make a finding of it, so only that one is tried.
          const same = (this.sentences[other] as IndexedSentence).text === s.text
          const al = same ? alignLists(s, s, this.kind) : this.align(other, id)
          if (al) pairs.push({ x: other, y: id, al })
        }
      this.post(id)
    }
    return { ids, pairs }
  }

  /** Sentence ids that hold a term (live and removed: callers check `alive`). */
  postingsOf(term: number): readonly number[] {
    return this.postings[term] ?? []
  }

  /** Weight of a term: idf over sentences. */
  weight = (term: number): number =>
    Math.log(1 + this.sentences.length / (1 + (this.postings[term]?.length ?? 0)))

  kind = (term: number): number => this.vocab.entity[term] ?? 0

  align(x: number, y: number): Alignment | undefined {
    return alignSentences(
      this.sentences[x] as IndexedSentence,
      this.sentences[y] as IndexedSentence,
      this.weight,
      this.kind
    )
  }

  private candidates(id: number): number[] {
    const s = this.sentences[id] as IndexedSentence
    if (this.counts.length < this.sentences.length) {
      const grown = new Int32Array(this.sentences.length * 2)
      grown.set(this.counts)
      this.counts = grown
    }
    const touched = this.touched
    touched.length = 0
    const out: number[] = []
    const terms = s.terms
    const counts = this.counts
    for (let k = 0; k < terms.length; k++) {
      const t = terms[k] as number
      const list = this.postings[t]
      // Names and generic words seed nothing: every article about Korea shares "South Korea".
      if (!list || list.length > MAX_TERM_DF || this.vocab.entity[t] !== 0) continue
      if (terms.indexOf(t) !== k) continue // a repeated term seeds once
      for (let j = 0; j < list.length; j++) {
        const o = list[j] as number
        const c = (counts[o] as number) + 1
        counts[o] = c
        if (c === 1) touched.push(o)
        else if (c === MIN_SEED_TERMS) {
          const d = (this.sentences[o] as IndexedSentence).doc
          if (d !== s.doc && this.alive(d)) out.push(o)
        }
      }
    }
    for (let j = 0; j < touched.length; j++) counts[touched[j] as number] = 0
    return out
  }

  private post(id: number): void {
    const terms = (this.sentences[id] as IndexedSentence).terms
    for (let k = 0; k < terms.length; k++) {
      const t = terms[k] as number
      if (terms.indexOf(t) !== k) continue // once per sentence, however often it occurs
      const list = this.postings[t]
      if (list) list.push(id)
      else this.postings[t] = [id]
    }
  }
}
