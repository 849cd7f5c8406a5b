// `npm run test:load`: 50 concurrent clients against the browser host on loopback for a
// bounded time, mixing reads with writes (pasted-article imports and new annotations). Prints requests per second,
// p50/p99 latency and errors, then checks the store holds exactly the acknowledged writes.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { LibraryData } from '../src/main/services/library-schema'
import { startHostProcess, type HostProcess } from '../test-support/host-process'
import { seededRandom } from '../test-support/random'

const CLIENTS = Number(process.env.LOAD_CLIENTS ?? 50)
const SECONDS = Number(process.env.LOAD_SECONDS ?? 30)
const rand = seededRandom(7)

type Tally = {
  latencies: number[]
  errors: string[]
  acked: Set<string>
  /** Acknowledged annotation ids by article. */
  notes: Map<string, Set<string>>
}

async function client(
  host: HostProcess,
  n: number,
  until: number,
  ids: string[],
  t: Tally
): Promise<void> {
  let i = 0
  while (Date.now() < until) {
    const roll = rand()
    const started = performance.now()
    try {
      if (roll < 0.15) {
        const article = ids[Math.floor(rand() * ids.length)] as string
        const start = Math.floor(rand() * 200)
        const r = await host.call<{ id: string }>('annotations:create', [
          { article, start, end: start + 15, color: 'blue', tags: ['load'], note: `client ${n}` }
        ])
        if (!r.ok || !r.value) throw new Error(JSON.stringify(r))
        t.notes.get(article)?.add(r.value.id)
      } else if (roll < 0.3) {
        const text = `Load report ${n}-${i}\n\nClient ${n} wrote paragraph ${i} at ${started.toFixed(3)} about 4,000 troops.`
        const r = await host.call<{ status: string; id: string }>('articles:import', [
          { pasted: text }
        ])
        if (!r.ok || r.value?.status !== 'imported') throw new Error(JSON.stringify(r))
        t.acked.add(r.value.id)
      } else if (roll < 0.6) {
        const r = await host.call('articles:open', [ids[Math.floor(rand() * ids.length)]])
        if (!r.ok) throw new Error(JSON.stringify(r.error))
      } else if (roll < 0.9) {
        const r = await host.call('articles:list', [{ sort: 'date' }])
        if (!r.ok) throw new Error(JSON.stringify(r.error))
      } else {
        const r = await host.call('app:info', [])
        if (!r.ok) throw new Error(JSON.stringify(r.error))
      }
      t.latencies.push(performance.now() - started)
    } catch (e) {
      t.errors.push(String(e))
    }
    i++
  }
}

const pct = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'parallax-load-'))
  const host = await startHostProcess(dataDir)
  const seeds = ((await host.call<{ id: string }[]>('articles:list', [])).value ?? []).map(
    (a) => a.id
  )
  const t: Tally = {
    latencies: [],
    errors: [],
    acked: new Set(),
    notes: new Map(seeds.map((id) => [id, new Set<string>()]))
  }
  const started = Date.now()
  await Promise.all(
    Array.from({ length: CLIENTS }, (_, n) => client(host, n, started + SECONDS * 1000, seeds, t))
  )
  const elapsed = (Date.now() - started) / 1000
  await host.stop()
  const stored = (
    JSON.parse(readFileSync(join(dataDir, 'library.json'), 'utf8')) as LibraryData
  ).articles.map((a) => a.id)
  const expected = new Set([...seeds, ...t.acked])
  const missing = [...expected].filter((id) => !stored.includes(id))
  const unexpected = stored.filter((id) => !expected.has(id))
  let notesAcked = 0
  for (const [article, ids] of t.notes) {
    notesAcked += ids.size
    if (!ids.size) continue
    const file = JSON.parse(
      readFileSync(join(dataDir, 'annotations', `${article}.json`), 'utf8')
    ) as { annotations: { id: string }[] }
    const have = new Set(file.annotations.map((a) => a.id))
    for (const id of ids) if (!have.has(id)) missing.push(id)
    for (const id of have) if (!ids.has(id)) unexpected.push(id)
  }
  const sorted = t.latencies.sort((a, b) => a - b)
  console.log(
    `load test: ${CLIENTS} clients for ${elapsed.toFixed(1)} s: ${sorted.length} requests, ${(sorted.length / elapsed).toFixed(0)} req/s, ` +
      `p50 ${pct(sorted, 0.5).toFixed(1)} ms, p99 ${pct(sorted, 0.99).toFixed(1)} ms, ${t.errors.length} errors; ` +
      `${t.acked.size} acknowledged imports and ${notesAcked} annotations; store holds ${stored.length - seeds.length} new articles (${missing.length} writes missing, ${unexpected.length} unexpected)`
  )
  for (const e of t.errors.slice(0, 5)) console.log(`  error: ${e}`)
  rmSync(dataDir, { recursive: true, force: true })
  if (t.errors.length || missing.length || unexpected.length) process.exit(1)
}

main().catch((e) => {
  console.error(`load test failed: ${(e as Error).stack ?? e}`)
  process.exit(1)
})
