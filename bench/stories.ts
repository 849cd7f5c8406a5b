/**
 * Story detection speed: grouping 2,000 articles from scratch (incremental index, candidates
 * from an inverted index) in a process of its own, from process start to the last story, and
 * one article added to that 2,000-article index. Baselines in the same run: the every-pair
 * comparison (cosine of every pair of articles, then single link), and the grouping engine as
 * it was before it was made fast (commit BASELINE_COMMIT, extracted from git), in a process of
 * its own too. The articles are the 480 ECB+ original-half texts, copied with their
 * capitalised words renamed per copy, so each copy is a different event in the same words
 * (the hard case). Budgets: 2,000 articles ≤ 1 s, one added article ≤ 20 ms.
 */
import { spawnSync } from 'node:child_process'
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { engineAt } from './real/engine-at'
import { signatureOf, type StoryDoc } from '../src/shared/analysis/stories/features'

type EcbDoc = { id: string; title: string; text: string }
const corpus = (
  JSON.parse(readFileSync(join(__dirname, '../eval/corpora/ecb-original.json'), 'utf8')) as {
    docs: EcbDoc[]
  }
).docs

function library(n: number): StoryDoc[] {
  const docs: StoryDoc[] = []
  for (let k = 0; docs.length < n; k++)
    for (const d of corpus) {
      if (docs.length >= n) break
      const rename = (s: string): string =>
        k ? s.replace(/\b([A-Z][a-z]+)/g, (w) => `${w}x${k}`) : s
      docs.push({ id: `${d.id}-${k}`, title: rename(d.title), text: rename(d.text) })
    }
  return docs
}

const ms = (f: () => void): number => {
  const t = performance.now()
  f()
  return performance.now() - t
}

/** Every pair compared: the cosine of their feature vectors, linked above a threshold. */
function everyPair(docs: StoryDoc[]): number {
  const sigs = docs.map(signatureOf)
  const norms = sigs.map((s) => Math.sqrt([...s.features.values()].reduce((a, w) => a + w * w, 0)))
  let links = 0
  for (let i = 0; i < sigs.length; i++)
    for (let j = i + 1; j < sigs.length; j++) {
      let dot = 0
      const a = sigs[i]!.features
      const b = sigs[j]!.features
      for (const [f, w] of a) dot += w * (b.get(f) ?? 0)
      if (dot / (norms[i]! * norms[j]! || 1) > 0.3) links++
    }
  return links
}

const BASELINE_COMMIT = '5054377'
const root = join(__dirname, '..')
const scratch = mkdtempSync(join(tmpdir(), 'parallax-stories-'))

/** The story modules as they were at BASELINE_COMMIT, or undefined in a clone without it. */
function baselineRoot(): string | undefined {
  const at = engineAt(root, BASELINE_COMMIT, ['src/shared'], join(scratch, 'baseline'))
  if ('root' in at) return at.root
  console.log(`stories: engine before skipped (${at.reason})`)
  return undefined
}

type Run = { whole: number; added: number; cpuMs: number; stories: number; process: number }
function run(engineRoot: string, file: string): Run {
  const t = performance.now()
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(__dirname, 'real/stories-worker.ts'), engineRoot, file],
    { encoding: 'utf8', cwd: root }
  )
  if (r.status !== 0) throw new Error(`grouping run failed: ${r.stderr}`)
  const out = JSON.parse(r.stdout.trim().split('\n').pop() as string) as Omit<Run, 'process'>
  return { ...out, process: performance.now() - t }
}

const docs = library(2000)
const file = join(scratch, 'library.json')
writeFileSync(
  file,
  JSON.stringify([...docs, { ...(library(2001)[2000] as StoryDoc), id: 'added' }])
)
const before = baselineRoot()
const now = run(root, file)
const old = before ? run(before, file) : undefined
const baseline = ms(() => everyPair(docs))
rmSync(scratch, { recursive: true, force: true })

const show = (name: string, r: Run): void =>
  console.log(
    `stories: ${name}: 2,000 articles grouped in ${r.whole.toFixed(0)} ms from process start (${r.cpuMs.toFixed(0)} ms CPU; ${r.process.toFixed(0)} ms with node and tsx starting), ${r.stories} stories; one more article ${r.added.toFixed(2)} ms`
  )
show('now', now)
if (old) show(`before (${BASELINE_COMMIT})`, old)
console.log(
  `stories: every-pair baseline ${baseline.toFixed(0)} ms in process; ratio ${(baseline / now.whole).toFixed(1)}x` +
    (old ? `; the engine before ${(old.whole / now.whole).toFixed(1)}x slower` : '')
)
if (process.env.BENCH_RESULTS) {
  const figure = (name: string, value: number, base: number): void =>
    appendFileSync(
      process.env.BENCH_RESULTS as string,
      `${JSON.stringify({ name, value, baseline: base })}\n`
    )
  figure('2,000 articles grouped into stories, whole process, vs every pair', now.whole, baseline)
  if (old) figure('2,000 articles grouped into stories, vs the engine before', now.whole, old.whole)
}
const failed = now.whole > 1000 || now.added > 20
console.log(failed ? 'stories: over budget (1 s, 20 ms)' : 'stories: within budget (1 s, 20 ms)')
process.exit(failed ? 1 : 0)
