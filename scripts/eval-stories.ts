/**
 * `npm run eval` (second half): B³ precision, recall and F1 of story detection on the ECB+
 * original half (eval/corpora/ecb-original.json, one event per topic), on the dev topics the
 * parameters were tuned on and on the test topics they were not, with two baselines: every
 * article alone, and single-link on the Jaccard overlap of content words (threshold chosen on
 * dev). Also the test F1 over shuffled import orders, since detection is incremental, and the
 * share of a mixed library's contradictions that join articles of two events, scoped by stories
 * and with every pair compared (eval/real/cross-event.ts). Exits 1 when a floor in
 * eval/stories-floors.json is missed. The *ecbplus* files are never read.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { bCubed, type BCubed } from '../src/shared/analysis/stories/b-cubed'
import { detectStories } from '../src/shared/analysis/stories/detect'
import type { StoryDoc } from '../src/shared/analysis/stories/features'
import { STOP_WORDS } from '../src/shared/text/stop-words'
import { words } from '../src/shared/text/tokens'
import { seededRandom } from '../test-support/random'
import { crossEventShare } from '../eval/real/cross-event'
import { fmt as rate } from '../eval/real/stats'

type EcbDoc = { id: string; topic: number; title: string; text: string }
type Floors = Record<string, { precision?: number; recall?: number; f1?: number }> & {
  /** The most a mixed library's contradictions may join articles of two events. */
  crossEvent: { max: number }
}

const evalDir = join(__dirname, '..', 'eval')
const readJson = <T>(path: string): T => JSON.parse(readFileSync(join(evalDir, path), 'utf8')) as T
const corpus = readJson<{ docs: EcbDoc[] }>('corpora/ecb-original.json').docs
const split = readJson<{ dev: number[]; test: number[] }>('corpora/ecb-split.json')
const floors = readJson<Floors>('stories-floors.json')

const subset = (topics: number[]): EcbDoc[] => corpus.filter((d) => topics.includes(d.topic))
const goldOf = (docs: EcbDoc[]): Map<string, number> => new Map(docs.map((d) => [d.id, d.topic]))
const asStoryDoc = (d: EcbDoc): StoryDoc => ({ id: d.id, title: d.title, text: d.text })

/** Single-link clustering on Jaccard overlap of content-word sets: the every-pair baseline. */
function jaccardBaseline(docs: EcbDoc[], threshold: number): string[][] {
  const sets = docs.map(
    (d) => new Set(words(`${d.title} ${d.text}`).filter((w) => w.length > 2 && !STOP_WORDS.has(w)))
  )
  const parent = docs.map((_, i) => i)
  const find = (i: number): number =>
    parent[i] === i ? i : (parent[i] = find(parent[i] as number))
  for (let i = 0; i < docs.length; i++)
    for (let j = i + 1; j < docs.length; j++) {
      const a = sets[i] as Set<string>
      const b = sets[j] as Set<string>
      let common = 0
      for (const w of a) if (b.has(w)) common++
      if (common / (a.size + b.size - common || 1) >= threshold) parent[find(i)] = find(j)
    }
  const groups = new Map<number, string[]>()
  docs.forEach((d, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), d.id]))
  return [...groups.values()]
}

function shuffled<T>(xs: T[], seed: number): T[] {
  const r = seededRandom(seed)
  const out = [...xs]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1))
    ;[out[i], out[j]] = [out[j] as T, out[i] as T]
  }
  return out
}

const fmt = (s: BCubed): string =>
  `P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}`

const sets = { dev: subset(split.dev), test: subset(split.test), all: corpus }
const thresholds = [0.05, 0.08, 0.1, 0.12, 0.15, 0.2, 0.25, 0.3]
const jaccard = thresholds
  .map((t) => ({ t, f1: bCubed(jaccardBaseline(sets.dev, t), goldOf(sets.dev)).f1 }))
  .sort((a, b) => b.f1 - a.f1)[0] as { t: number }

const failures: string[] = []
console.log(`Story detection, B³ against ECB+ original-half topics (${corpus.length} articles)`)
for (const [name, docs] of Object.entries(sets)) {
  const gold = goldOf(docs)
  const label = name === 'all' ? 'all (dev + test)' : name
  const stories = bCubed(
    detectStories(docs.map(asStoryDoc)).map((s) => s.articles),
    gold
  )
  console.log(`\n${label}: ${docs.length} articles, ${new Set(gold.values()).size} events`)
  console.log(`  stories                    ${fmt(stories)}`)
  console.log(`  baseline: every article alone ${fmt(bCubed([], gold))}`)
  console.log(
    `  baseline: Jaccard ≥ ${jaccard.t} single-link ${fmt(bCubed(jaccardBaseline(docs, jaccard.t), gold))}`
  )
  const orders = [1, 2, 3, 4, 5].map(
    (seed) =>
      bCubed(
        detectStories(shuffled(docs, seed).map(asStoryDoc)).map((s) => s.articles),
        gold
      ).f1
  )
  console.log(
    `  stories, 5 shuffled import orders: F1 min ${Math.min(...orders).toFixed(3)}, mean ${(orders.reduce((a, b) => a + b, 0) / orders.length).toFixed(3)}`
  )
  const floor = floors[name]
  for (const k of ['precision', 'recall', 'f1'] as const)
    if (floor?.[k] !== undefined && stories[k] + 1e-9 < floor[k])
      failures.push(`${name} ${k} ${stories[k].toFixed(3)} < floor ${floor[k]}`)
}
void report()

async function report(): Promise<void> {
  const mixed = await crossEventShare()
  console.log(
    `\nMixed library: all ${mixed.articles} articles (${mixed.events} events) imported together, ${mixed.stories} stories found`
  )
  console.log(
    '  contradictions joining articles of two events   per finding                  per article pair'
  )
  for (const [name, s] of [
    ['scoped by stories (default)', mixed.scoped],
    ['every pair (--all-pairs)', mixed.allPairs]
  ] as const)
    console.log(`  ${name.padEnd(48)}${rate(s.findings).padEnd(29)}${rate(s.pairs)}`)
  for (const [what, r] of [
    ['finding', mixed.scoped.findings],
    ['pair', mixed.scoped.pairs]
  ] as const)
    if (!(r.n === 0 || r.p <= floors.crossEvent.max))
      failures.push(`cross-event share per ${what} ${r.p.toFixed(3)} > ${floors.crossEvent.max}`)
  if (failures.length) {
    console.log(`\n${failures.length} floor(s) missed:\n  ${failures.join('\n  ')}`)
    process.exit(1)
  }
  console.log('\nall story floors met (eval/stories-floors.json)')
}
