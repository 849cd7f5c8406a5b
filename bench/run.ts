// `npm run bench`: runs every bench/<name>.ts in its own process, one after another, so one
// bench's heap and JIT state never colour another's figures.
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'

const only = process.argv.slice(2)
const dir = __dirname
const benches = readdirSync(dir)
  .filter(
    (f) => f.endsWith('.ts') && !['run.ts', 'corpus.ts'].includes(f) && !f.endsWith('.test.ts')
  )
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort()

let failed = 0
for (const file of benches) {
  console.log(`\n=== bench/${file} ===`)
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(dir, file)], {
    stdio: 'inherit'
  })
  if (r.status !== 0) {
    failed++
    console.log(`bench/${file} exited with ${r.status}`)
  }
}
console.log(`\n${benches.length - failed} benches ran, ${failed} failed`)
process.exit(failed ? 1 : 0)
