/**
 * Analysis speed on REAL news: the ECB+ original half (480 articles), and the same replicated
 * with small edits (a word dropped, a figure changed) to 1,000 and 2,000 articles, each analysed
 * whole in a process of its own, as `parallax analyze` runs. The engine as it was before the
 * findings-precision work (commit BASELINE_COMMIT, extracted from git) runs on the same corpora
 * in the same run, so the ratio holds on a busy machine. Prints wall time, CPU time of all
 * threads, peak RSS and the cost of one added article (analysed, then its story's findings read),
 * and hands the 1,000-article time to bench/run.ts against the old engine.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { appendFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { engineAt } from './real/engine-at'
import { ecbOriginal, replicate, type Doc } from './real/ecb'

const BASELINE_COMMIT = '42c91be'
const root = join(__dirname, '..')
const scratch = mkdtempSync(join(tmpdir(), 'parallax-real-'))

const ecb = ecbOriginal(root)

function baselineRoot(): string | undefined {
  const at = engineAt(
    root,
    BASELINE_COMMIT,
    ['src/shared', 'src/main/services/analysis'],
    join(scratch, 'baseline')
  )
  if ('root' in at) return at.root
  console.log(
    `baseline engine: skipped, commit ${BASELINE_COMMIT} is not in this clone (${at.reason})`
  )
  return undefined
}

type Run = { whole: number; added: number; rssMb: number; cpu: number; findings: number }
function run(engineRoot: string, docs: Doc[]): Run {
  const file = join(scratch, `corpus-${docs.length}.json`)
  if (!existsSync(file)) writeFileSync(file, JSON.stringify(docs))
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(__dirname, 'real/worker.ts'), engineRoot, file],
    {
      encoding: 'utf8',
      cwd: root
    }
  )
  if (r.status !== 0) throw new Error(`engine run failed: ${r.stderr}`)
  return JSON.parse(r.stdout.trim().split('\n').pop() as string) as Run
}

const words = (docs: Doc[]): number => docs.reduce((s, d) => s + d.text.split(/\s+/).length, 0)
const base = baselineRoot()
console.log(
  'corpus                      engine      whole      per word   CPU (all threads)   peak RSS   +1 article  findings'
)
const results: Record<string, Run> = {}
for (const [name, docs] of [
  ['ECB+ original (480)', ecb],
  ['ECB+ replicated (1,000)', replicate(ecb, 1000)],
  ['ECB+ replicated (2,000)', replicate(ecb, 2000)]
] as const) {
  for (const [engine, dir] of [
    ['current', root],
    ['before', base]
  ] as const) {
    if (!dir) continue
    const r = run(dir, docs)
    results[`${name}|${engine}`] = r
    console.log(
      `${name.padEnd(28)}${engine.padEnd(12)}${`${r.whole.toFixed(0)} ms`.padStart(8)}${`${((r.whole * 1000) / words(docs)).toFixed(1)} µs`.padStart(12)}${`${r.cpu.toFixed(0)} ms`.padStart(20)}${`${r.rssMb.toFixed(0)} MB`.padStart(10)}${`${r.added.toFixed(1)} ms`.padStart(12)}${String(r.findings).padStart(10)}`
    )
  }
}
const now = results['ECB+ replicated (1,000)|current']
const before = results['ECB+ replicated (1,000)|before']
if (now && before) {
  console.log(
    `\n1,000 real articles: ${(now.whole / before.whole).toFixed(2)}x the engine before (${now.whole.toFixed(0)} vs ${before.whole.toFixed(0)} ms); targets: ≤ 1,500 ms, ≤ 1 GiB, +1 article ≤ 30 ms`
  )
  if (process.env.BENCH_RESULTS)
    appendFileSync(
      process.env.BENCH_RESULTS,
      `${JSON.stringify({ name: '1,000 real articles, whole process, vs the engine before', value: now.whole, baseline: before.whole })}\n`
    )
}
rmSync(scratch, { recursive: true, force: true })
