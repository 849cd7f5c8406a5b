/**
 * Regression checks, not the measure: the five sample articles and the hand-written pairs the
 * rules were first built on. Prints precision and recall per kind and subtype and returns the
 * floors in eval/floors.json that were missed. `--list` prints every finding on the samples.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Finding } from '../src/shared/model'
import { createEngineHost } from '../src/main/services/analysis/engines'
import { contentHash, extractArticle } from '../src/main/services/import'
import { matches, resolve, score, type Label, type Tally } from './score'

type Pair = {
  id: string
  a: { text: string; date?: string }
  b: { text: string; date?: string }
  expect: (Omit<Label, 'id' | 'a' | 'b'> & { a: string; b: string })[]
}
type Floors = Record<string, { precision?: number; recall?: number }>

const root = join(__dirname, '..')
const evalDir = join(root, 'eval')
const args = new Set(process.argv.slice(2))
const readJson = <T>(name: string): T => JSON.parse(readFileSync(join(evalDir, name), 'utf8')) as T

async function samples(tally: Map<string, Tally>): Promise<void> {
  const spec = readJson<{ articles: string; labels: Label[]; hardNegatives: Label[] }>(
    'samples.json'
  )
  const dir = join(root, spec.articles)
  const docs = new Map<string, { id: string; text: string; date?: string; path: string }>()
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const r = await extractArticle({ name, bytes: readFileSync(join(dir, name)) })
    if (!r.ok) throw new Error(`${name}: ${r.error.message}`)
    docs.set(name.slice(0, 3), {
      id: name.slice(0, 3),
      text: r.value.text,
      date: r.value.meta.date || undefined,
      path: name
    })
  }
  const host = createEngineHost()
  host.sync([...docs.values()].map((d) => ({ ...d, contentHash: contentHash(d.text) })))
  const findings = host.findings()
  const textOf = (a: string): string => docs.get(a)?.text ?? ''
  const resolved = resolve(spec.labels, textOf, (a) => a)
  const kinds = ['overlap', 'duplicate', 'paraphrase', 'contradiction']
  const { wrong, missed } = score(findings, resolved, kinds, tally)
  const hard = resolve(spec.hardNegatives, textOf, (a) => a)
  const violated = hard.filter((r) => findings.some((f) => matches(f, r)))
  console.log(`samples: ${findings.length} findings on ${docs.size} articles`)
  for (const v of violated) console.log(`  HARD NEGATIVE HIT ${v.label.id}: ${v.label.note}`)
  if (args.has('--list'))
    for (const f of findings) printFinding(f, wrong.includes(f) ? 'WRONG' : '')
  if (args.has('--verbose') || args.has('--list'))
    for (const m of missed) console.log(`  missed ${m.id}: ${m.note ?? ''}`)
}

function printFinding(f: Finding, mark: string): void {
  console.log(
    `  ${mark ? `[${mark}] ` : ''}${f.kind}/${f.subtype} ${f.score.toFixed(2)} ${f.explanation}`
  )
  for (const p of [f.a, f.b])
    console.log(`      ${p.article} ${p.start}-${p.end}: ${JSON.stringify(p.text.slice(0, 140))}`)
}

function pairs(tally: Map<string, Tally>): void {
  const spec = readJson<{ pairs: Pair[] }>('pairs.json')
  let wrongCount = 0
  for (const pair of spec.pairs) {
    const host = createEngineHost()
    const docs = { a: pair.a, b: pair.b }
    host.sync(
      (['a', 'b'] as const).map((id) => ({
        id,
        text: docs[id].text,
        date: docs[id].date,
        contentHash: `${pair.id}-${id}`
      }))
    )
    const findings = host.findings()
    const labels: Label[] = pair.expect.map((e, k) => ({
      ...e,
      id: `${pair.id}#${k}`,
      a: { article: 'a', quote: e.a },
      b: { article: 'b', quote: e.b }
    }))
    const resolved = resolve(
      labels,
      (a) => docs[a as 'a' | 'b'].text,
      (a) => a
    )
    const kinds = /^(hn-)?para/.test(pair.id) ? ['paraphrase', 'overlap'] : ['contradiction']
    const { wrong, missed } = score(findings, resolved, kinds, tally)
    wrongCount += wrong.length
    if (args.has('--verbose') && (wrong.length || missed.length)) {
      console.log(`  pair ${pair.id}:`)
      for (const f of wrong) printFinding(f, 'WRONG')
      for (const m of missed) console.log(`    missed ${m.id}`)
    }
  }
  console.log(`pairs: ${spec.pairs.length} hand-written pairs, ${wrongCount} wrong findings`)
}

const ratio = (n: number, d: number): string => (d ? (n / d).toFixed(2) : '  - ')

function report(tally: Map<string, Tally>): string[] {
  const floors = readJson<Floors>('floors.json')
  const failures: string[] = []
  const rows = [...tally.entries()].sort(([p], [q]) => (p < q ? -1 : 1))
  // Per kind, summed over subtypes.
  const kinds = new Map<string, Tally>()
  for (const [b, t] of rows) {
    const k = `${b.split('/')[0]}/*`
    const s = kinds.get(k) ?? { tp: 0, fp: 0, hit: 0, miss: 0 }
    kinds.set(k, { tp: s.tp + t.tp, fp: s.fp + t.fp, hit: s.hit + t.hit, miss: s.miss + t.miss })
  }
  console.log(`\n${'kind/subtype'.padEnd(30)}precision        recall`)
  for (const [b, t] of [...rows, ...kinds.entries()]) {
    const p = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 1
    const r = t.hit + t.miss ? t.hit / (t.hit + t.miss) : 1
    const floor = floors[b]
    const bad = floor && ((floor.precision ?? 0) > p + 1e-9 || (floor.recall ?? 0) > r + 1e-9)
    if (bad)
      failures.push(
        `${b}: precision ${p.toFixed(2)} (floor ${floor.precision ?? 0}), recall ${r.toFixed(2)} (floor ${floor.recall ?? 0})`
      )
    console.log(
      `${b.padEnd(30)}${ratio(t.tp, t.tp + t.fp)} (${t.tp}/${t.tp + t.fp})`.padEnd(47) +
        `${ratio(t.hit, t.hit + t.miss)} (${t.hit}/${t.hit + t.miss})${bad ? '   BELOW FLOOR' : ''}`
    )
  }
  return failures
}

/** Runs the regression sets; returns the floors missed. */
export async function regression(): Promise<string[]> {
  const tally = new Map<string, Tally>()
  await samples(tally)
  pairs(tally)
  return report(tally)
}
