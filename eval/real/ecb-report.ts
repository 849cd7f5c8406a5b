import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Finding } from '../../src/shared/model'
import {
  analyseTopic,
  bucket,
  EXHAUSTIVE,
  judge,
  labelFound,
  loadEcb,
  resolveLabels,
  type EcbDoc,
  type Judged,
  type LabelFile
} from './ecb'
import { DEFAULT_MIN_SCORE } from '../../src/shared/analysis/calibration'
import { fmt, wilson } from './stats'
import { contentWords } from './words'

const root = join(__dirname, '..', '..')

type ParaphraseJudgement = { a: string; b: string; same: boolean }

/** Reader judgements of paraphrase findings (not exhaustive labels), keyed by both passages. */
function paraphraseJudgements(split: string): Map<string, boolean> {
  const out = new Map<string, boolean>()
  // The first file judges every finding of an earlier engine run; the second a random sample of
  // findings that run did not have; the third every finding a later paraphrase model added.
  for (const name of [
    `ecb-paraphrase-${split}.json`,
    `ecb-paraphrase-${split}-2.json`,
    `ecb-paraphrase-${split}-3.json`
  ]) {
    const file = join(root, 'eval/labels', name)
    if (!existsSync(file)) continue
    const data = JSON.parse(readFileSync(file, 'utf8')) as { judgements: ParaphraseJudgement[] }
    for (const j of data.judgements) out.set(pairKey(j.a, j.b), j.same)
  }
  return out
}
const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`)

/** The number baseline: two sentences of a story sharing 3 content words, with different figures. */
function numberBaseline(docs: EcbDoc[]): Finding[] {
  const sentences = docs.flatMap((d) =>
    [...d.text.matchAll(/[^.!?\n]+[.!?]?/g)]
      .filter((m) => /\d/.test(m[0]))
      .map((m) => ({
        doc: d.id,
        start: m.index,
        end: m.index + m[0].length,
        text: m[0],
        words: contentWords(m[0]),
        nums: new Set(m[0].match(/\d[\d,.]*/g))
      }))
  )
  const out: Finding[] = []
  for (let i = 0; i < sentences.length; i++)
    for (let j = i + 1; j < sentences.length; j++) {
      const x = sentences[i]!
      const y = sentences[j]!
      if (x.doc === y.doc) continue
      let shared = 0
      for (const w of x.words) if (y.words.has(w) && !/\d/.test(w)) shared++
      if (shared < 3 || [...x.nums].every((n) => y.nums.has(n))) continue
      const side = (s: typeof x) => ({ article: s.doc, start: s.start, end: s.end, text: s.text })
      out.push({
        id: `b${i}-${j}`,
        kind: 'contradiction',
        subtype: 'number',
        score: 0.5,
        explanation: '',
        a: side(x),
        b: side(y),
        diff: []
      })
    }
  return out
}

type Row = {
  right: number
  wrong: number
  unjudged: number
  found: number
  labels: number
  shownRight: number
  shownWrong: number
}
const row = (): Row => ({
  right: 0,
  wrong: 0,
  unjudged: 0,
  found: 0,
  labels: 0,
  shownRight: 0,
  shownWrong: 0
})

/** Scores one split of ECB against the reader's labels; returns the judged findings. */
export function ecbSplit(split: 'dev' | 'test', verbose: boolean): Judged[] | undefined {
  const file = join(root, `eval/labels/ecb-${split}.json`)
  if (!existsSync(file)) {
    console.log(`\nECB+ ${split}: SKIPPED, ${file} is not in this checkout`)
    return undefined
  }
  const labels = JSON.parse(readFileSync(file, 'utf8')) as LabelFile
  const { docs } = loadEcb()
  const judgements = paraphraseJudgements(split)
  const rows = new Map<string, Row>()
  const base = row()
  const get = (b: string): Row => rows.get(b) ?? (rows.set(b, row()), rows.get(b) as Row)
  const all: Judged[] = []
  const topics = Object.keys(labels.topics)
    .map(Number)
    .sort((a, b) => a - b)
  let articles = 0
  for (const t of topics) {
    const topic = labels.topics[String(t)]!
    const tdocs = docs.filter((d) => d.topic === t)
    articles += tdocs.length
    const findings = analyseTopic(tdocs)
    const resolved = resolveLabels(topic.labels, tdocs)
    const rejected = resolveLabels(topic.rejected ?? [], tdocs)
    const extra = (f: Finding): boolean | undefined =>
      f.kind === 'paraphrase' ? judgements.get(pairKey(f.a.text, f.b.text)) : undefined
    const judged = judge(findings, resolved, rejected, t, extra)
    all.push(...judged)
    for (const j of judged) {
      const r = get(bucket(j.finding.kind, j.finding.subtype))
      r[j.verdict === 'unjudged' ? 'unjudged' : j.verdict]++
      if (j.finding.score >= DEFAULT_MIN_SCORE && j.verdict !== 'unjudged')
        r[j.verdict === 'right' ? 'shownRight' : 'shownWrong']++
    }
    for (const r of resolved.filter((r) => r.label.sure !== false)) {
      const g = get(bucket(r.label.kind, r.label.subtype))
      g.labels++
      if (findings.some((f) => labelFound(f, r))) g.found++
      else if (verbose) console.log(`  missed ${r.label.id}: ${r.label.note ?? ''}`)
    }
    const baseline = numberBaseline(tdocs)
    for (const j of judge(baseline, resolved, rejected, t))
      base[j.verdict === 'unjudged' ? 'unjudged' : j.verdict]++
    for (const r of resolved.filter(
      (r) =>
        r.label.sure !== false && bucket(r.label.kind, r.label.subtype) === 'contradiction/number'
    )) {
      base.labels++
      if (baseline.some((f) => labelFound(f, r))) base.found++
    }
    if (verbose)
      for (const j of judged.filter((j) => j.verdict === 'wrong'))
        console.log(
          `  WRONG T${t} ${j.finding.kind}/${j.finding.subtype} ${j.finding.explanation}\n     ${JSON.stringify(j.finding.a.text.slice(0, 150))}\n     ${JSON.stringify(j.finding.b.text.slice(0, 150))}`
        )
  }
  console.log(
    `\nECB+ original half, ${split} split: ${topics.length} topics, ${articles} real articles, labels by ${labels.labeller}`
  )
  console.log(
    `  ${'kind/subtype'.padEnd(28)}${'precision (judged)'.padEnd(30)}${`shown (score ≥ ${DEFAULT_MIN_SCORE})`.padEnd(30)}${'recall (sure labels)'.padEnd(30)}unjudged`
  )
  for (const [b, r] of [...rows].sort(([p], [q]) => (p < q ? -1 : 1))) {
    const judgedNote = EXHAUSTIVE.has(b) ? '' : ' not exhaustively labelled'
    console.log(
      `  ${b.padEnd(28)}${fmt(wilson(r.right, r.right + r.wrong)).padEnd(30)}${fmt(wilson(r.shownRight, r.shownRight + r.shownWrong)).padEnd(30)}${fmt(wilson(r.found, r.labels)).padEnd(30)}${r.unjudged}${judgedNote}`
    )
  }
  console.log(
    `  ${'baseline: shared words +'.padEnd(28)}${fmt(wilson(base.right, base.right + base.wrong)).padEnd(60)}${fmt(wilson(base.found, base.labels))}`
  )
  console.log(`  ${'  different figures'.padEnd(28)}(contradiction/number only)`)
  return all
}

/** Score bin → share right, per kind: is a score the chance of being right? */
export function reliability(judged: Judged[]): void {
  const bins = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01]
  const kinds = [...new Set(judged.map((j) => j.finding.kind))].sort()
  console.log('\nReliability (test split): score bin → share of judged findings that are right')
  for (const k of kinds) {
    const cells: string[] = []
    for (let i = 0; i + 1 < bins.length; i++) {
      const inBin = judged.filter(
        (j) =>
          j.finding.kind === k &&
          j.verdict !== 'unjudged' &&
          j.finding.score >= bins[i]! &&
          j.finding.score < bins[i + 1]!
      )
      if (!inBin.length) continue
      const right = inBin.filter((j) => j.verdict === 'right').length
      cells.push(
        `[${bins[i]!.toFixed(1)},${Math.min(1, bins[i + 1]!).toFixed(1)}) ${(right / inBin.length).toFixed(2)} of ${inBin.length}`
      )
    }
    console.log(`  ${k.padEnd(14)}${cells.join('   ') || 'no judged findings'}`)
  }
}
