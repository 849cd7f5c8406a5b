// One engine over one corpus, in a process of its own: wall time from process start (module
// load included, as `parallax analyze` pays it), peak RSS, and the cost of one added article.
// Usage: node --import tsx bench/real/worker.ts ENGINE_ROOT CORPUS.json
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

const [root, corpusFile] = process.argv.slice(2) as [string, string]
const started = performance.now()

async function main(): Promise<void> {
  const { createEngineHost } = (await import(
    join(root, 'src/main/services/analysis/engines.ts')
  )) as {
    createEngineHost: () => {
      sync(d: { id: string; text: string; contentHash: string }[]): unknown
      findings(): unknown[]
    }
  }
  const docs = JSON.parse(readFileSync(corpusFile, 'utf8')) as { id: string; text: string }[]
  const hash = (t: string): string => createHash('sha256').update(t).digest('hex')
  const withHash = docs.map((d) => ({ ...d, contentHash: hash(d.text) }))
  const last = withHash.pop() as (typeof withHash)[number]
  const host = createEngineHost()
  host.sync(withHash)
  const findings = host.findings().length
  const whole = performance.now() - started
  const t = performance.now()
  host.sync([last])
  host.findings()
  const added = performance.now() - t
  const rssMb = process.resourceUsage().maxRSS / 1024
  process.stdout.write(JSON.stringify({ whole, added, rssMb, findings }) + '\n')
}

void main()
