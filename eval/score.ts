import type { Finding, PassageRef } from '../src/shared/model'

/** One side of a label: an article and the quoted text (any one of several) it points at. */
export type LabelSide = { article: string; quote: string | string[] }

/** An expected finding (or, with `optional`, one that is right either way). */
export type Label = {
  id: string
  kind: string | string[]
  subtype?: string | string[]
  optional?: boolean
  a: LabelSide
  b: LabelSide
  note?: string
}

/** Per kind/subtype counts: findings right and wrong, labels found and missed. */
export type Tally = { tp: number; fp: number; hit: number; miss: number }

const list = (v: string | string[] | undefined): string[] =>
  v === undefined ? [] : Array.isArray(v) ? v : [v]

/** Character ranges of every occurrence of the side's quote(s) in the article text. */
export function rangesOf(side: LabelSide, text: string): [number, number][] {
  const out: [number, number][] = []
  for (const q of list(side.quote)) {
    for (let i = text.indexOf(q); i >= 0; i = text.indexOf(q, i + 1)) out.push([i, i + q.length])
  }
  if (!out.length) throw new Error(`label quote not found in ${side.article}: "${side.quote}"`)
  return out
}

type Resolved = {
  label: Label
  a: [number, number][]
  b: [number, number][]
  ida: string
  idb: string
}

/** Labels with their quotes located; `idOf` maps a label's article name to the engine's id. */
export function resolve(
  labels: Label[],
  textOf: (article: string) => string,
  idOf: (article: string) => string
): Resolved[] {
  return labels.map((label) => ({
    label,
    a: rangesOf(label.a, textOf(label.a.article)),
    b: rangesOf(label.b, textOf(label.b.article)),
    ida: idOf(label.a.article),
    idb: idOf(label.b.article)
  }))
}

const hits = (p: PassageRef, id: string, ranges: [number, number][]): boolean =>
  p.article === id && ranges.some(([s, e]) => Math.min(e, p.end) - Math.max(s, p.start) > 0)

/**
 * True when the finding's kind and subtype fit the label and it touches both quoted sides; a
 * grouped finding states the relation for every two differing values it lists.
 */
export function matches(f: Finding, r: Resolved): boolean {
  if (!list(r.label.kind).includes(f.kind)) return false
  const subs = list(r.label.subtype)
  if (subs.length && !subs.includes(f.subtype)) return false
  const pair = (x: PassageRef, y: PassageRef): boolean =>
    (hits(x, r.ida, r.a) && hits(y, r.idb, r.b)) || (hits(y, r.ida, r.a) && hits(x, r.idb, r.b))
  if (pair(f.a, f.b)) return true
  const values = f.group?.values ?? []
  return values.some((x) =>
    values.some((y) => x.value !== y.value && x.article !== y.article && pair(x, y))
  )
}

export const bucketOf = (kind: string, subtype: string): string => `${kind}/${subtype}`

/**
 * Scores findings against labels into `tally`: a finding matching a label is right, one
 * matching only an optional label is not counted, any other is wrong; a label matched by at
 * least one finding is found. Only findings whose kind is in `kinds` are judged.
 */
export function score(
  findings: Finding[],
  resolved: Resolved[],
  kinds: string[],
  tally: Map<string, Tally>
): { wrong: Finding[]; missed: Label[] } {
  const get = (b: string): Tally => {
    let t = tally.get(b)
    if (!t) tally.set(b, (t = { tp: 0, fp: 0, hit: 0, miss: 0 }))
    return t
  }
  const wrong: Finding[] = []
  for (const f of findings) {
    if (!kinds.includes(f.kind)) continue
    const match = resolved.filter((r) => matches(f, r))
    if (match.some((r) => !r.label.optional)) get(bucketOf(f.kind, f.subtype)).tp++
    else if (!match.length) {
      get(bucketOf(f.kind, f.subtype)).fp++
      wrong.push(f)
    }
  }
  const missed: Label[] = []
  for (const r of resolved) {
    if (r.label.optional) continue
    const b = bucketOf(list(r.label.kind)[0] as string, list(r.label.subtype)[0] ?? '')
    if (findings.some((f) => matches(f, r))) get(b).hit++
    else {
      get(b).miss++
      missed.push(r.label)
    }
  }
  return { wrong, missed }
}
