import type { IndexedSentence, SentenceIndex } from '../paraphrase/sentence-index'
import type { DocState, Ref } from './claims-engine'
import { assertingClause, type NegativeClaim } from './doc-claims'
import type { Verdict } from './pair-rules'
import { STANCE_CLASS, stanceTerm } from './stance'

const CLASSES = new Set(Object.values(STANCE_CLASS))

/** Postings scanned for one negative claim, most recent first: a constant per claim. */
export const MAX_NEG_SCAN = 64
/** Earlier denials under one term checked against a new sentence, most recent first. */
export const MAX_NEG_PER_TERM = 64

type Found = { verdict: Verdict; x: DocState }
/** A filed denial: its claim, its distinct stance ids, and the last sentence checked against it. */
type Denial = Ref & { want: Int32Array; seenBy: number }

const DISPLAY: Record<string, string> = {
  MIL: 'troops',
  COMBAT: 'in combat',
  north_korea: 'North Korean',
  south_korea: 'South Korean',
  us: 'US',
  nato: 'NATO'
}
const show = (t: string): string => DISPLAY[t] ?? t.replace(/_/g, ' ')

/**
 * Negative claims held as numbers: each sentence term maps to a stance term id once (soldiers,
 * officers → MIL), so testing "does this sentence assert every term of that denial" is a few
 * integer lookups, not string sets.
 */
export class NegationIndex {
  private stanceIds: number[] = []
  /** Earlier denials by the vocabulary id of their rarest plain term. */
  private byTerm = new Map<number, Denial[]>()

  constructor(private readonly index: SentenceIndex) {}

  private stanceId(t: number): number {
    let id = this.stanceIds[t]
    if (id === undefined) {
      const v = this.index.vocab
      id = v.idOf(stanceTerm(v.names[t] as string))
      this.stanceIds[t] = id
    }
    return id
  }

  /**
   * The denial's distinct terms as stance ids. Only asked for a denial whose plain terms all
   * occur in the library (it has a rarest term), so every term has an id.
   */
  private idsOf(neg: NegativeClaim): Int32Array {
    const v = this.index.vocab
    const ids = neg.terms.map((t) => (CLASSES.has(t) ? v.idOf(t) : (v.find(t) as number)))
    return Int32Array.from(new Set(ids))
  }

  /** The denial's plain term (not a class like MIL) with the fewest sentences so far. */
  private rarest(neg: NegativeClaim): number | undefined {
    let best: number | undefined
    let size = Infinity
    for (const term of neg.terms) {
      if (CLASSES.has(term)) continue
      const id = this.index.vocab.find(term)
      if (id === undefined) return undefined
      const n = this.index.postingsOf(id).length
      if (n < size) [best, size] = [id, n]
    }
    return best
  }

  /** True when the sentence holds every one of the stance ids (a bit per id found). */
  private asserts(sid: number, want: Int32Array): boolean {
    const terms = (this.index.sentences[sid] as IndexedSentence).terms
    if (want.length > 30) return [...want].every((w) => terms.some((t) => this.stanceId(t) === w))
    let got = 0
    for (let k = 0; k < terms.length; k++) {
      const at = want.indexOf(this.stanceId(terms[k] as number))
      if (at >= 0) got |= 1 << at
    }
    return got === (1 << want.length) - 1
  }

  /**
   * Denials against assertions in other documents, both ways round: the new document's denials
   * against earlier sentences (through the postings of the denial's rarest name), and its
   * sentences against earlier denials (by name). The assertion must hold every term of the
   * denial in one unhedged clause.
   */
  verdicts(byNum: (DocState | undefined)[], state: DocState): Found[] {
    const out: Found[] = []
    for (const neg of state.claims.negatives) this.againstEarlier(byNum, state, neg, out)
    for (const sid of state.sentenceIds) this.againstDenials(byNum, state, sid, out)
    // A denial is filed under its rarest plain term: an assertion must hold that term too.
    state.claims.negatives.forEach((neg, i) => {
      const id = this.rarest(neg)
      if (id === undefined) return
      const denial = { num: state.num, i, want: this.idsOf(neg), seenBy: -1 }
      const list = this.byTerm.get(id)
      if (list) list.push(denial)
      else this.byTerm.set(id, [denial])
    })
    return out
  }

  private againstEarlier(
    byNum: (DocState | undefined)[],
    state: DocState,
    neg: NegativeClaim,
    out: Found[]
  ): void {
    const id = this.rarest(neg)
    const best = id === undefined ? undefined : this.index.postingsOf(id)
    if (!best) return
    const want = this.idsOf(neg)
    let scanned = 0
    for (let k = best.length - 1; k >= 0 && scanned < MAX_NEG_SCAN; k--) {
      const sid = best[k] as number
      const sent = this.index.sentences[sid] as IndexedSentence
      const x = byNum[sent.doc]
      if (!x || x === state) continue
      scanned++
      if (!this.asserts(sid, want)) continue
      const pos = assertingClause(x.doc.text, sent, neg)
      if (pos && defensible(state.doc.text, neg, x.doc.text, pos.span))
        out.push({ verdict: verdict(neg, pos.span, false), x })
    }
  }

  private againstDenials(
    byNum: (DocState | undefined)[],
    state: DocState,
    sid: number,
    out: Found[]
  ): void {
    const sent = this.index.sentences[sid] as IndexedSentence
    for (const t of sent.terms) {
      const list = this.byTerm.get(t)
      if (!list) continue
      for (let k = list.length - 1, n = 0; k >= 0 && n < MAX_NEG_PER_TERM; k--) {
        const r = list[k] as Denial
        const x = byNum[r.num]
        // A denial met under two of the sentence's terms is checked once.
        if (!x || x === state || r.seenBy === sid) continue
        r.seenBy = sid
        n++
        if (!this.asserts(sid, r.want)) continue
        const neg = x.claims.negatives[r.i] as NegativeClaim
        const pos = assertingClause(state.doc.text, sent, neg)
        if (pos && defensible(x.doc.text, neg, state.doc.text, pos.span))
          out.push({ verdict: verdict(neg, pos.span, true), x })
      }
    }
  }
}

/**
 * A refusal to speak ("would not say", "declined to comment", "not denying") negates no claim
 * about the world; and a denial contradicts an assertion only about the same subject: the name
 * the negative clause starts with must also open the asserting clause ("Page had no children"
 * says nothing against "her mother reclaimed her children").
 */
function defensible(
  negText: string,
  neg: NegativeClaim,
  posText: string,
  pos: { start: number; end: number }
): boolean {
  const clause = negText.slice(neg.clause.start, neg.clause.end)
  if (SPEECH_REFUSAL.test(clause)) return false
  const asserted = posText.slice(pos.start, pos.end)
  if (HEDGED.test(asserted)) return false
  // "NATO has no evidence that X", "the ministry denied that X": the denied proposition is X,
  // and whoever holds the denial is not its subject.
  if (DENIED_THAT.test(clause)) return true
  const subject = clause.slice(0, Math.max(0, clause.search(NEG_CUE))).match(NAME)
  if (!subject) return true
  const head = asserted.slice(0, Math.ceil(asserted.length / 2))
  return subject.some((n) => head.includes(n))
}

const SPEECH_REFUSAL =
  /\b(?:not|n['’]t|declined to|refused to|no)\s+(?:\w+\s+)?(?:say|said|comment|comments|confirm|confirmed|disclose|elaborate|specify|reveal|identify|discuss|speculate|name|deny|denying|immediately)\b/i
const HEDGED = /\b(?:may|might|could|reportedly|allegedly|possibly|rumou?red|if)\b/i
const NEG_CUE = /\b(?:not|no|never|none|nobody|without|denied|denies|deny)\b|n['’]t\b/i
const DENIED_THAT =
  /\b(?:no (?:evidence|sign|signs|indication|proof|confirmation)|denied|denies|deny|not true|untrue)\b[^.]{0,40}\bthat\b/i
const NAME = /\b[A-Z][a-z]{2,}\b/g

function verdict(
  neg: NegativeClaim,
  pos: { start: number; end: number },
  negFirst: boolean
): Verdict {
  const what = [...neg.terms].sort((p, q) => (DISPLAY[q] ? 1 : 0) - (DISPLAY[p] ? 1 : 0)).map(show)
  const explanation = `negation: "${neg.cue}" vs asserted (${what.join(', ')})`
  const [a, b] = negFirst ? [neg.clause, pos] : [pos, neg.clause]
  return { subtype: 'negation', score: 0.7, explanation, a, b }
}
