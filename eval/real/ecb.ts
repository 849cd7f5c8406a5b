import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Finding } from '../../src/shared/model'
import { createEngineHost } from '../../src/main/services/analysis/engines'
import { contentHash } from '../../src/main/services/import'

/** One ECB article as Parallax stores it: the title, a blank line, then the text. */
export type EcbDoc = { id: string; topic: number; text: string }
type Side = { doc: string; quote: string }
/** A finding a careful reader labelled by reading every article of the topic (eval/labels). */
export type RealLabel = {
  id: string
  kind: string
  subtype: string
  a: Side
  b: Side
  sure?: boolean
  update?: boolean
  note?: string
}
type TopicLabels = { docs: string[]; labels: RealLabel[]; rejected?: RealLabel[] }
export type LabelFile = {
  split: string
  labeller: string
  method: string
  topics: Record<string, TopicLabels>
}

const root = join(__dirname, '..', '..')

export function loadEcb(): { docs: EcbDoc[]; split: { dev: number[]; test: number[] } } {
  const corpus = JSON.parse(readFileSync(join(root, 'eval/corpora/ecb-original.json'), 'utf8')) as {
    docs: { id: string; topic: number; title: string; text: string }[]
  }
  const split = JSON.parse(readFileSync(join(root, 'eval/corpora/ecb-split.json'), 'utf8')) as {
    dev: number[]
    test: number[]
  }
  const docs = corpus.docs.map((d) => ({
    id: d.id,
    topic: d.topic,
    text: `${d.title}\n\n${d.text}`
  }))
  return { docs, split }
}

/** Every finding of one topic, with each topic analysed on its own as a story. */
export function analyseTopic(docs: EcbDoc[]): Finding[] {
  const host = createEngineHost()
  host.sync(docs.map((d) => ({ id: d.id, text: d.text, contentHash: contentHash(d.text) })))
  return host.findings()
}

/** Where a quoted passage occurs: in its own article and in every copy of it in the topic. */
type Ranges = { doc: string; at: [number, number] }[]
type Resolved = { label: RealLabel; a: Ranges; b: Ranges }

/**
 * The reader labelled one pair per distinct variant where the same wording recurs across many
 * articles (syndicated copies), so a quote stands for its wording wherever it occurs in the
 * topic, not only in the article it was copied from.
 */
function ranges(side: Side, docs: EcbDoc[]): Ranges {
  const out: Ranges = []
  for (const d of docs)
    for (let i = d.text.indexOf(side.quote); i >= 0; i = d.text.indexOf(side.quote, i + 1))
      out.push({ doc: d.id, at: [i, i + side.quote.length] })
  if (!out.some((r) => r.doc === side.doc))
    throw new Error(`label quote not in ${side.doc}: "${side.quote}"`)
  return out
}

export function resolveLabels(labels: RealLabel[], topicDocs: EcbDoc[]): Resolved[] {
  return labels.map((label) => ({
    label,
    a: ranges(label.a, topicDocs),
    b: ranges(label.b, topicDocs)
  }))
}

type Span = { article: string; start: number; end: number }
const touches = (p: Span, r: Ranges): boolean =>
  r.some(
    ({ doc, at: [s, e] }) => p.article === doc && Math.min(e, p.end) - Math.max(s, p.start) > 0
  )
const pairHits = (x: Span, y: Span, r: Resolved): boolean =>
  (touches(x, r.a) && touches(y, r.b)) || (touches(y, r.a) && touches(x, r.b))

/** The label's kind/subtype as findings report it: an update is a number finding. */
export const bucket = (kind: string, subtype: string): string =>
  `${kind}/${subtype === 'update' ? 'number' : subtype}`

/** An identical copy also shows a labelled near-identical pair: the analyst sees the copy. */
const fits = (f: Finding, r: Resolved): boolean =>
  bucket(f.kind, f.subtype) === bucket(r.label.kind, r.label.subtype) ||
  (r.label.subtype === 'near-identical' && f.kind === 'overlap' && f.subtype === 'identical')

/**
 * Does the finding state the labelled relation: by its own pair or, for a group, by two of its
 * differing values. The reader labelled at least one pair per distinct value pair, so a group
 * that lists a labelled pair states that conflict whichever pair it shows first.
 */
export function findingMatches(f: Finding, r: Resolved): boolean {
  if (!fits(f, r)) return false
  if (pairHits(f.a, f.b, r)) return true
  const values = f.group?.values ?? []
  for (const x of values)
    for (const y of values)
      if (x.value !== y.value && x.article !== y.article && pairHits(x, y, r)) return true
  return false
}

/** Is the label found by the finding (see findingMatches). */
export const labelFound = findingMatches

/** A finding and what the labels say of it. */
export type Judged = { finding: Finding; verdict: 'right' | 'wrong' | 'unjudged'; topic: number }

/** Kinds whose labels list every instance in a topic: an unmatched finding is wrong. */
export const EXHAUSTIVE = new Set([
  'contradiction/number',
  'contradiction/negation',
  'contradiction/role',
  'contradiction/date',
  'contradiction/attribution',
  'overlap/near-identical'
])

export function judge(
  findings: Finding[],
  resolved: Resolved[],
  rejected: Resolved[],
  topic: number,
  extra?: (f: Finding) => boolean | undefined
): Judged[] {
  return findings.map((finding) => {
    const b = bucket(finding.kind, finding.subtype)
    const said = extra?.(finding)
    if (said !== undefined) return { finding, verdict: said ? 'right' : 'wrong', topic }
    if (resolved.some((r) => findingMatches(finding, r)))
      return { finding, verdict: 'right', topic }
    const rejects = (r: Resolved): boolean =>
      b === bucket(r.label.kind, r.label.subtype) && findingMatches(finding, r)
    if (rejected.some(rejects) || EXHAUSTIVE.has(b)) return { finding, verdict: 'wrong', topic }
    return { finding, verdict: 'unjudged', topic }
  })
}
