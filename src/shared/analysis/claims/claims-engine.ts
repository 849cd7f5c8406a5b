import type { ArticleId, Finding } from '../../model'
import type { Engine, EngineDoc } from '../engine'
import { MAX_TERM_DF, SentenceIndex } from '../paraphrase/sentence-index'
import { paraphraseVerdict } from '../paraphrase/verdict'
import { claimsOf, type DocClaims, type QuantityClaim, type Span } from './doc-claims'
import { EVENT_CLASS, HEAD_CLASS, canonical, classOf } from './lexicon'
import { groupPending } from './group'
import { toFinding, type Pending } from './make-finding'
import { NegationIndex } from './negation-pairs'
import { dateVerdict, numberVerdict, quoteVerdict, roleVerdict, type Verdict } from './pair-rules'
import { quoteKeys } from './quotes'
import { suppressCovered } from './suppress'

/** The kinds of finding this engine makes. */
export type ClaimKind = 'paraphrase' | 'contradiction'

const NO_CLAIMS: DocClaims = { quantities: [], negatives: [], roles: [], dates: [], quotes: [] }

/** One analysed document. */
export type DocState = { num: number; doc: EngineDoc; claims: DocClaims; sentenceIds: number[] }

/** Claim number `i` of document `num`, as the key indexes hold it. */
export type Ref = { num: number; i: number }

/**
 * A claim key's list is compared against at most this many most recent entries, so one added
 * article costs the same whatever the library's size; a key that common is a stock claim.
 */
export const MAX_KEY_SCAN = 32

/**
 * Contradictions (number, negation, role, date, attribution) and paraphrases, incrementally.
 * Candidates come from claim-key indexes (quantity key, person, office, event, quotation
 * 6-grams) and from the sentence rare-term index, never from all pairs. Paraphrases that an
 * overlap finding already covers on both sides are dropped when findings are read.
 */
export class ClaimsEngine implements Engine {
  readonly sentences = new SentenceIndex((num) => this.byNum[num] !== undefined)
  private byNum: (DocState | undefined)[] = []
  private byId = new Map<ArticleId, DocState>()
  private keys = new Map<string, Ref[]>()
  private found = new Map<number, Pending[]>()
  private negations = new NegationIndex(this.sentences)

  /**
   * `only`: one kind of finding, so paraphrase and contradiction can run in separate threads;
   * each still builds the same sentence index, so each finds exactly what the whole engine does.
   */
  constructor(private readonly only?: ClaimKind) {}

  add(doc: EngineDoc): void {
    if (this.byId.has(doc.id)) this.remove(doc.id)
    const num = this.byNum.length
    const paraphrase = this.only !== 'contradiction'
    const contradiction = this.only !== 'paraphrase'
    const { ids, pairs } = this.sentences.add(num, doc.text, paraphrase)
    const spans = ids.map((id) => this.sentences.sentences[id] as { start: number; end: number })
    const state: DocState = {
      num,
      doc,
      sentenceIds: ids,
      claims: contradiction ? claimsOf(doc.text, spans, doc.date) : NO_CLAIMS
    }
    this.byNum.push(state)
    this.byId.set(doc.id, state)
    const out: Pending[] = []
    for (const p of pairs) {
      const x = this.byNum[(this.sentences.sentences[p.x] as { doc: number }).doc]
      const v = x && paraphraseVerdict(this.sentences, p, x.doc.text, doc.text)
      if (v && x)
        out.push({
          kind: v.subtype === 'near-identical' ? 'overlap' : 'paraphrase',
          verdict: p.al.list ? this.listed(v, p.al.shared, x.doc.text, doc.text) : v,
          x,
          y: state
        })
    }
    if (contradiction) {
      for (const n of this.negations.verdicts(this.byNum, state))
        out.push({ kind: 'contradiction', ...n, y: state })
      this.compareKeyed(state, out)
    }
    this.found.set(num, out)
  }

  remove(id: ArticleId): void {
    const state = this.byId.get(id)
    if (!state) return
    this.byId.delete(id)
    this.byNum[state.num] = undefined
    this.found.delete(state.num)
    for (const list of this.found.values())
      for (let i = list.length - 1; i >= 0; i--)
        if ((list[i] as Pending).x === state) list.splice(i, 1)
  }

  findings(ids?: ArticleId[]): Finding[] {
    const wanted = ids && new Set(ids)
    const out: Finding[] = []
    const grouped: Pending[] = []
    for (const list of this.found.values())
      for (const p of list) {
        if (wanted && !(wanted.has(p.x.doc.id) && wanted.has(p.y.doc.id))) continue
        if (p.verdict.group) grouped.push(p)
        else out.push((p.finding ??= toFinding(p)))
      }
    out.push(...groupPending(grouped))
    const kept = suppressCovered(out, out)
    return kept.sort((p, q) => q.score - p.score || (p.id < q.id ? -1 : 1))
  }

  /**
   * A list of the same names is one claim however many outlets print it: the verdict is grouped
   * by the names, so three articles give one finding, not three pairs.
   */
  private listed(v: Verdict, shared: number[], textX: string, textY: string): Verdict {
    const names = shared.map((t) => this.sentences.vocab.names[t] as string).sort()
    const value = (s: Span, text: string): string => text.slice(s.start, s.end)
    const group = {
      key: `list|${names.join(',')}`,
      label: `the same ${names.length} names`,
      a: { value: value(v.a, textX) },
      b: { value: value(v.b, textY) },
      agree: true
    }
    return { ...v, group }
  }

  /** The refs under a key in other live documents, most recent first, at most MAX_KEY_SCAN. */
  private keyed(key: string, num: number): Ref[] {
    const list = this.keys.get(key)
    if (!list) return []
    const out: Ref[] = []
    for (let k = list.length - 1; k >= 0 && out.length < MAX_KEY_SCAN; k--) {
      const r = list[k] as Ref
      if (r.num !== num && this.byNum[r.num]) out.push(r)
    }
    return out
  }

  private index(key: string, ref: Ref): void {
    const list = this.keys.get(key)
    if (list) list.push(ref)
    else this.keys.set(key, [ref])
  }

  /**
   * Event coreference, cheaply (de Marneffe et al.): two counts are of the same event only if
   * both lead their articles' reports of it, or their sentences share a name (a place, a country other than the counted group's) or a rare
   * word, beyond the words of the count itself.
   */
  private anchored(x: DocState, a: QuantityClaim, y: DocState, b: QuantityClaim): boolean {
    // Each article's first figure for the same outcome is the one its report leads with: the
    // story's own count, whatever words surround it.
    if (a.first && b.first && /^(outcome|money)\|/.test(a.frame)) return true
    const sa = this.sentences.sentences[x.sentenceIds[a.sentence] as number]
    const sb = this.sentences.sentences[y.sentenceIds[b.sentence] as number]
    if (!sa || !sb) return false
    const v = this.sentences.vocab
    // The counted group's own words, as written and as the index spells them ("Tar Heels").
    const entities = a.entity.split('+').flatMap((e) => [e, canonical(e)])
    // Sentences hold a few dozen terms: nested scans beat building sets.
    for (let i = 0; i < sb.terms.length; i++) {
      const t = sb.terms[i] as number
      if (!sa.terms.includes(t) || within(sb, i, b)) continue
      const kind = this.sentences.kind(t)
      const anchor =
        kind === 1 || (kind === 0 && this.sentences.postingsOf(t).length <= MAX_TERM_DF)
      if (!anchor) continue
      const name = v.names[t] as string
      // The count's own words (head noun, group, event verb) anchor nothing.
      if (entities.includes(name) || classOf(EVENT_CLASS, name) === a.event) continue
      if (classOf(HEAD_CLASS, name) !== a.head) return true
    }
    return false
  }

  /** Compares the new document's keyed claims with earlier ones, then indexes them. */
  private compareKeyed(state: DocState, out: Pending[]): void {
    const c = state.claims
    const push = (x: DocState, v: Verdict | undefined, flip = false): void => {
      if (v) out.push({ kind: 'contradiction', verdict: flip ? swap(v) : v, x, y: state })
    }
    const run = <T>(
      list: T[],
      keysOf: (t: T) => string[],
      check: (old: T, mine: T, x: DocState) => Verdict | undefined,
      pick: (s: DocState) => T[]
    ): void => {
      list.forEach((mine, i) => {
        const keys = keysOf(mine)
        const seen = keys.length > 1 ? new Set<Ref>() : undefined
        for (const key of keys) {
          for (const r of this.keyed(key, state.num)) {
            if (seen?.has(r)) continue
            seen?.add(r)
            const x = this.byNum[r.num] as DocState
            push(x, check(pick(x)[r.i] as T, mine, x))
          }
        }
        // One ref object under every key, so a claim met under two keys is compared once.
        const ref = { num: state.num, i }
        for (const key of keys) this.index(key, ref)
      })
    }
    run(
      c.quantities,
      (q) => [`q|${q.frame}`],
      (a, b, x) => numberVerdict(a, b, () => this.anchored(x, a, state, b)),
      (s) => s.claims.quantities
    )
    run(
      c.roles,
      (r) => [`rp|${r.person}`, `ro|${r.org}|${r.title}`],
      (a, b, x) => roleVerdict(a, b, x.doc.date, state.doc.date),
      (s) => s.claims.roles
    )
    run(
      c.dates,
      (d) => d.names.map((n) => `d|${d.event}|${n}`),
      (a, b) => dateVerdict(a, b),
      (s) => s.claims.dates
    )
    run(
      c.quotes,
      (q) => quoteKeys(q).map((k) => `qt|${k}`),
      (a, b) => quoteVerdict(a, b),
      (s) => s.claims.quotes
    )
  }
}

/** True when term i of the sentence lies inside the mention's span. */
const within = (s: { starts: Int32Array }, i: number, m: { start: number; end: number }): boolean =>
  (s.starts[i] as number) >= m.start && (s.starts[i] as number) < m.end

const swap = (v: Verdict): Verdict => ({ ...v, a: v.b, b: v.a })
