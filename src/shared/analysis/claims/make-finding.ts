import type { Finding } from '../../model'
import type { FindingKind } from '../kinds'
import { wordDiff } from '../diff'
import { findingId } from '../finding-id'
import type { DocState } from './claims-engine'
import type { Verdict } from './pair-rules'

/** A finding found but not yet built: diffs are computed only when findings are read. */
export type Pending = {
  /** Any kind of KINDS; 'overlap' for an edited copy of a sentence the word-run engine missed. */
  kind: FindingKind
  verdict: Verdict
  /** The earlier document (side a of the verdict) and the one just added (side b). */
  x: DocState
  y: DocState
  finding?: Finding
}

/** Builds the Finding: stable id from content hashes and offsets, passages, and the word diff. */
export function toFinding(p: Pending): Finding {
  const { verdict: v, x, y } = p
  const a = {
    article: x.doc.id,
    start: v.a.start,
    end: v.a.end,
    text: x.doc.text.slice(v.a.start, v.a.end)
  }
  const b = {
    article: y.doc.id,
    start: v.b.start,
    end: v.b.end,
    text: y.doc.text.slice(v.b.start, v.b.end)
  }
  return {
    id: findingId(
      p.kind,
      { contentHash: x.doc.contentHash, start: a.start, end: a.end },
      { contentHash: y.doc.contentHash, start: b.start, end: b.end }
    ),
    kind: p.kind,
    subtype: v.subtype,
    score: Math.round(v.score * 100) / 100,
    explanation: typeof v.explanation === 'function' ? v.explanation() : v.explanation,
    a,
    b,
    diff: wordDiff(a.text, b.text)
  }
}
