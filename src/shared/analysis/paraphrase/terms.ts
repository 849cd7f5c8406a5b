import { normalizeWord } from '../../text/tokens'
import { sentenceSpansOf, tokensOf } from '../text-memo'
import { IntMap } from './int-map'
import { COMPOUNDS, ENTITY, GENERIC, STOP, canonical } from '../claims/lexicon'

/** One sentence as the paraphrase stage sees it: canonical content terms with their offsets. */
export type TermSentence = {
  start: number
  end: number
  /** Term ids in reading order (stop words left out). */
  terms: Int32Array
  /** Character offsets of each term's word(s). */
  starts: Int32Array
  ends: Int32Array
  /** 1 where the word is capitalised (a name or title), 0 where it is lower case. */
  caps: Uint8Array
  /** 1 where only a list separator (", ", " and ", ", and ") precedes this name since the last. */
  sep: Uint8Array
}

/**
 * The vocabulary of canonical terms. A word's hash from the fast tokenizer maps to a term id
 * once per distinct word in the library (a cache), so the per-word cost is one Map lookup; the
 * string work (stemming, synonyms, aliases) is paid once per distinct word, not per occurrence.
 */
export class TermVocabulary {
  // Term id + 1 by word hash (0 would be ambiguous with a stop word's -1 + 1).
  private byHash = new IntMap()
  private ids = new Map<string, number>()
  /** The canonical string of each term id. */
  readonly names: string[] = []
  /** 1 when the term names an entity (a country, an organisation), 2 when it is generic. */
  readonly entity: number[] = []
  // Compound starts ("north" in "north korea") and their joined terms, by term id pairs.
  private compound = new Map<string, number>()
  private compoundStart = new Set<number>()

  constructor() {
    for (const [pair, joined] of Object.entries(COMPOUNDS)) {
      const [x, y] = pair.split(' ') as [string, string]
      const first = this.idOf(canon(x))
      this.compoundStart.add(first)
      this.compound.set(`${first}|${this.idOf(canon(y))}`, this.idOf(canon(joined)))
    }
  }

  idOf(term: string): number {
    let id = this.ids.get(term)
    if (id === undefined) {
      id = this.names.length
      this.ids.set(term, id)
      this.names.push(term)
      this.entity.push(
        ENTITY[term] !== undefined || term in ENTITY_VALUES ? 1 : GENERIC.has(term) ? 2 : 0
      )
    }
    return id
  }

  /** The id of a canonical term already seen, without adding it. */
  find(term: string): number | undefined {
    return this.ids.get(term)
  }

  /** The term id of a token, or -1 for a stop word. */
  termOf(hash: number, text: string, start: number, end: number): number {
    const known = this.byHash.get(hash)
    if (known >= 0) return known - 1
    const word = normalizeWord(text, start, end)
    const id = STOP.has(word) || word.length < 2 || /^\d+$/.test(word) ? -1 : this.idOf(canon(word))
    this.byHash.set(hash, id + 1)
    return id
  }

  /** The joined term for two adjacent terms ("north" + "korea"), or -1. */
  joined(prev: number, next: number): number {
    if (!this.compoundStart.has(prev)) return -1
    return this.compound.get(`${prev}|${next}`) ?? -1
  }

  /** Sentences of a text with their terms. */
  sentencesOf(text: string): TermSentence[] {
    const tok = tokensOf(text)
    // One set of arrays per document; each sentence is a view into them (less garbage).
    const terms = new Int32Array(tok.count)
    const starts = new Int32Array(tok.count)
    const ends = new Int32Array(tok.count)
    const caps = new Uint8Array(tok.count)
    const sep = new Uint8Array(tok.count)
    const out: TermSentence[] = []
    let t = 0
    let n = 0
    for (const span of sentenceSpansOf(text)) {
      while (t < tok.count && (tok.starts[t] as number) < span.start) t++
      const first = n
      for (; t < tok.count && (tok.starts[t] as number) < span.end; t++) {
        const s = tok.starts[t] as number
        const e = tok.ends[t] as number
        const id = this.termOf(tok.hashes[t] as number, text, s, e)
        if (id < 0) continue
        const last = n > first ? n - 1 : -1
        const j = last >= 0 ? this.joined(terms[last] as number, id) : -1
        if (j >= 0) {
          terms[last] = j
          ends[last] = e
          continue
        }
        terms[n] = id
        // "New" is a stop word, but "New Zealand" is one name: keep it in the passage.
        starts[n] = this.entity[id] === 1 && text.startsWith('New ', s - 4) ? s - 4 : s
        ends[n] = e
        const c = text.charCodeAt(s)
        caps[n] = c >= 65 && c <= 90 ? 1 : 0
        const prevName = last >= 0 && this.entity[terms[last] as number] === 1
        sep[n] =
          prevName && this.entity[id] === 1 && LIST_SEP.test(text.slice(ends[last] as number, s))
            ? 1
            : 0
        n++
      }
      out.push({
        start: span.start,
        end: span.end,
        terms: terms.subarray(first, n),
        starts: starts.subarray(first, n),
        ends: ends.subarray(first, n),
        caps: caps.subarray(first, n),
        sep: sep.subarray(first, n)
      })
    }
    return out
  }
}

const ENTITY_VALUES: Record<string, true> = Object.fromEntries(
  Object.values(ENTITY).map((v) => [v, true])
)

const canon = canonical

const LIST_SEP = /^\s*(,|,?\s+and|,?\s+or)?\s+(new\s+|even\s+)?$/i
