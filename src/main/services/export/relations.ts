import { diffWords } from 'diff'
import type {
  Annotation,
  AnnotationLink,
  DiffPart,
  FindingDecision,
  LinkEnd
} from '../../../shared/model'
import { kindSpec } from '../../../shared/analysis/kinds'
import { spanOf } from '../../../shared/anchoring'
import type { AgreeItem, Citation, DisagreeItem, Quote } from './briefing'
import type { ExportData } from './compose'

/**
 * "Where the sources agree" and "Where they disagree": confirmed findings first, then the
 * analyst's own links between passages (corroborates and duplicates agree, contradicts
 * disagrees; related is neither). A confirmed finding's mirror link is not counted twice.
 */
export function relations(
  decisions: FindingDecision[],
  data: ExportData,
  cites: Map<string, Citation>
): Relations {
  const out: Relations = { agree: [], disagree: [] }
  for (const d of decisions) fromDecision(d, cites, out)
  const byId = new Map(data.annotations.map((x) => [x.id, x]))
  for (const l of data.links) fromLink(l, byId, cites, out)
  return out
}

type Relations = { agree: AgreeItem[]; disagree: DisagreeItem[] }

function fromDecision(d: FindingDecision, cites: Map<string, Citation>, out: Relations): void {
  const a = passageQuote(spanOf(d.a), cites)
  const b = passageQuote(spanOf(d.b), cites)
  if (!a || !b) return
  const comment = d.comment ?? ''
  const { kind, explanation } = d
  // A kind this version does not know (a newer bundle's) is on neither side, never "agree".
  const side = kindSpec(kind)?.side
  if (side === 'agree') out.agree.push({ relation: kind, explanation, a, b, comment })
  if (side === 'disagree')
    out.disagree.push({ explanation, a, b, diff: wordDiff(a.text, b.text), comment })
}

function fromLink(
  l: AnnotationLink,
  byId: Map<string, Annotation>,
  cites: Map<string, Citation>,
  out: Relations
): void {
  // A confirmed finding's own mirror link is the finding itself: it goes in (or stays out)
  // with the confirmed findings, never twice.
  if (l.finding || (l.from.type === 'finding' && l.to.type === 'finding')) return
  if (l.relation === 'related') return
  const a = endQuote(l.from, byId, cites)
  const b = endQuote(l.to, byId, cites)
  if (!a || !b) return
  // The notes on the linked annotations are the analyst's comment on the link.
  const comment = [l.from, l.to]
    .map((e) => (e.type === 'annotation' ? (byId.get(e.id)?.body.note ?? '') : ''))
    .filter(Boolean)
    .join('\n\n')
  if (l.relation === 'contradicts') {
    const explanation = 'Linked by the analyst as contradicting'
    return void out.disagree.push({ explanation, a, b, diff: wordDiff(a.text, b.text), comment })
  }
  const explanation = `Linked by the analyst: ${l.relation}`
  out.agree.push({ relation: l.relation, explanation, a, b, comment })
}

function passageQuote(
  p: { article: string; start: number; end: number; text: string },
  cites: Map<string, Citation>
): Quote | null {
  const source = cites.get(p.article)
  return source ? { text: p.text, source, start: p.start, end: p.end } : null
}

function endQuote(
  e: LinkEnd,
  byId: Map<string, Annotation>,
  cites: Map<string, Citation>
): Quote | null {
  if (e.type === 'finding') return passageQuote(spanOf(e), cites)
  const a = byId.get(e.id)
  return a ? annotationQuote(a, cites) : null
}

export function annotationQuote(a: Annotation, cites: Map<string, Citation>): Quote | null {
  const [quote, position] = a.target.selector
  return passageQuote(
    { article: a.article, start: position.start, end: position.end, text: quote.exact },
    cites
  )
}

/** The jsdiff word diff from a to b, as the reader shows it. */
export function wordDiff(a: string, b: string): DiffPart[] {
  return diffWords(a, b).map((c) => ({
    op: c.added ? 'insert' : c.removed ? 'delete' : 'equal',
    text: c.value
  }))
}
