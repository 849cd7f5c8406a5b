// `npm run bench`: runs every bench/<name>.ts in its own process, one after another, so one
// bench's heap and JIT state never colour another's figures. A bench may hand figures to judge
// by appending `{"name", "value", "baseline"}` lines to the file named by BENCH_RESULTS; each
// baseline is measured in the same run, on the same machine under the same load, so the ratio
// holds where an absolute budget in milliseconds would not.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * A figure fails when it is more than this many times its baseline. Loose enough for the noise
 * of a shared two-core machine (same-run ratios were seen to wander by about 1.5x), tight enough
 * that losing the sidebar's virtualisation, which costs one to two orders of magnitude, fails.
 */
const MAX_RATIO = 3

type Figure = { name: string; value: number; baseline: number }

const only = process.argv.slice(2)
const dir = __dirname
const benches = readdirSync(dir)
  .filter(
    (f) => f.endsWith('.ts') && !['run.ts', 'corpus.ts'].includes(f) && !f.endsWith('.test.ts')
  )
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort()

const scratch = mkdtempSync(join(tmpdir(), 'parallax-bench-'))
const resultsFile = join(scratch, 'results.jsonl')
let failed = 0
for (const file of benches) {
  console.log(`\n=== bench/${file} ===`)
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(dir, file)], {
    stdio: 'inherit',
    env: { ...process.env, BENCH_RESULTS: resultsFile }
  })
  if (r.status !== 0) {
    failed++
    console.log(`bench/${file} exited with ${r.status}`)
  }
}

const figures = readFigures()
rmSync(scratch, { recursive: true, force: true })
const regressions = figures.filter((f) => !(f.value <= f.baseline * MAX_RATIO))
if (figures.length > 0) {
  console.log(`\n=== figures against their same-run baselines (fail above ${MAX_RATIO}x) ===`)
  for (const f of figures) {
    const ratio = f.value / f.baseline
    const verdict = regressions.includes(f) ? 'REGRESSION' : 'ok'
    console.log(
      `${verdict.padEnd(10)} ${ratio.toFixed(2).padStart(6)}x  ${f.value.toFixed(1)} / ${f.baseline.toFixed(1)}  ${f.name}`
    )
  }
}
console.log(
  `\n${benches.length - failed} benches ran, ${failed} failed; ` +
    `${figures.length} figures judged, ${regressions.length} over ${MAX_RATIO}x their baseline`
)
process.exit(failed || regressions.length ? 1 : 0)

function readFigures(): Figure[] {
  let text: string
  try {
    text = readFileSync(resultsFile, 'utf8')
  } catch {
    return []
  }
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Figure)
}
