import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Finding } from '../../src/shared/model'
import { createEngineHost } from '../../src/main/services/analysis/engines'
import { DEFAULT_MIN_SCORE } from '../../src/shared/analysis/calibration'
import { confusion, fmt, summary, type Confusion } from './stats'
import { jaccard, negationCueBaseline } from './words'
import { MIN_P } from '../../src/shared/analysis/paraphrase/verdict'

const root = join(__dirname, '..', '..')

/** Findings between two one-sentence documents, as the app would report them. */
export function pairFindings(a: string, b: string, id: string): Finding[] {
  const host = createEngineHost()
  host.sync([
    { id: 'a', text: a, contentHash: `${id}-a` },
    { id: 'b', text: b, contentHash: `${id}-b` }
  ])
  return host.findings()
}

type Pair = { id: string; a: string; b: string; gold: boolean }
type Method = { name: string; says: (p: Pair) => boolean }

function printRows(
  title: string,
  split: string,
  pairs: Pair[],
  methods: Method[]
): Map<string, Confusion> {
  const out = new Map<string, Confusion>()
  console.log(
    `\n${title}, ${split} split: ${pairs.length} pairs, ${pairs.filter((p) => p.gold).length} positive`
  )
  console.log(
    `  ${'method'.padEnd(26)}${'precision'.padEnd(30)}${'recall'.padEnd(30)}${'accuracy'.padEnd(30)}F1`
  )
  for (const m of methods) {
    const c = confusion(pairs, (p) => p.gold, m.says)
    const s = summary(c)
    out.set(m.name, c)
    console.log(
      `  ${m.name.padEnd(26)}${fmt(s.precision).padEnd(30)}${fmt(s.recall).padEnd(30)}${fmt(s.accuracy).padEnd(30)}${s.f1.toFixed(2)}`
    )
  }
  return out
}

/** The Jaccard threshold that maximises accuracy on the dev pairs: the baseline is tuned too. */
function tunedJaccard(dev: Pair[]): number {
  let best = { t: 0.5, acc: 0 }
  for (let t = 0.05; t < 0.95; t += 0.025) {
    const acc = dev.filter((p) => jaccard(p.a, p.b) >= t === p.gold).length / dev.length
    if (acc > best.acc) best = { t, acc }
  }
  return best.t
}

const isParaphrase = (fs: Finding[]): boolean =>
  fs.some((f) => f.kind === 'paraphrase' || (f.kind === 'overlap' && f.subtype !== 'shared-quote'))

/** MSRP train-split sample: Parallax's paraphrase verdict against word-Jaccard and "always yes". */
export function msrp(split: 'dev' | 'test'): Map<string, Confusion> | undefined {
  const file = join(root, 'eval/corpora/msrp-train-sample.json')
  if (!existsSync(file)) return skip('MSRP', file)
  const data = JSON.parse(readFileSync(file, 'utf8')) as Record<
    'dev' | 'test',
    { id: string; label: number; a: string; b: string }[]
  >
  const conv = (rows: typeof data.dev): Pair[] =>
    rows.map((r) => ({ id: r.id, a: r.a, b: r.b, gold: r.label === 1 }))
  const t = tunedJaccard(conv(data.dev))
  console.log(
    `\nParaphrase pairs: Parallax says "same" when it reports a paraphrase (model p ≥ ${MIN_P}, the pair decision) or a non-quote overlap; the reader's default display threshold (score ≥ ${DEFAULT_MIN_SCORE}) only hides findings`
  )
  return printRows('Paraphrase pairs (MSRP train split)', split, conv(data[split]), [
    { name: 'Parallax', says: (p) => isParaphrase(pairFindings(p.a, p.b, p.id)) },
    { name: `word-Jaccard ≥ ${t.toFixed(3)}`, says: (p) => jaccard(p.a, p.b) >= t },
    { name: 'always yes', says: () => true }
  ])
}

/** Labelled contradiction pairs: Parallax's negation verdict against the cue baseline. */
export function negationPairs(split: 'dev' | 'test'): Map<string, Confusion> | undefined {
  const file = join(root, 'eval/labels/negation-pairs.json')
  if (!existsSync(file)) return skip('negation pairs', file)
  const data = JSON.parse(readFileSync(file, 'utf8')) as Record<
    'dev' | 'test',
    { id: string; a: string; b: string; contradiction: boolean; negation: boolean }[]
  >
  const rows = data[split].filter((r) => r.negation)
  const pairs = rows.map((r) => ({ id: r.id, a: r.a, b: r.b, gold: r.contradiction }))
  // Hand-labelled FNC-1 train pairs widen the dev half only (eval/labels/negation-pairs-fnc.json).
  if (split === 'dev') pairs.push(...fncNegationPairs())
  const t = tunedJaccard(
    data.dev
      .filter((r) => r.negation)
      .map((r) => ({ id: r.id, a: r.a, b: r.b, gold: r.contradiction }))
  )
  return printRows('Negation-contradiction pairs (one side negated)', split, pairs, [
    {
      name: 'Parallax',
      says: (p) =>
        pairFindings(p.a, p.b, p.id).some(
          (f) => f.kind === 'contradiction' && f.subtype === 'negation'
        )
    },
    { name: 'negation-cue baseline', says: (p) => negationCueBaseline(p.a, p.b) },
    { name: `word-Jaccard ≥ ${t.toFixed(3)}`, says: (p) => jaccard(p.a, p.b) >= t },
    { name: 'always yes', says: () => true }
  ])
}

/** FNC-1 train headline/sentence pairs judged by hand: dev data for the negation rule. */
export function fncNegationPairs(): Pair[] {
  const file = join(root, 'eval/labels/negation-pairs-fnc.json')
  if (!existsSync(file)) return []
  const data = JSON.parse(readFileSync(file, 'utf8')) as {
    pairs: { id: string; a: string; b: string; contradiction: boolean }[]
  }
  return data.pairs.map((r) => ({ id: r.id, a: r.a, b: r.b, gold: r.contradiction }))
}

function skip(what: string, file: string): undefined {
  console.log(
    `\n${what}: SKIPPED, ${file} is not in this checkout (see eval/README.md to rebuild it)`
  )
  return undefined
}
