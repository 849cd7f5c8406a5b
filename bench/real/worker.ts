// One engine over one corpus, in a process of its own: wall time from process start (module
// load included, as `parallax analyze` pays it), peak RSS, and the cost of one added article.
// An engine that runs in worker threads (as `parallax analyze` does) is run so; an older one,
// which has no analysis worker, runs in this thread.
// Usage: node --import tsx bench/real/worker.ts ENGINE_ROOT CORPUS.json
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const [root, corpusFile] = process.argv.slice(2) as [string, string]
const started = performance.now()

type Doc = { id: string; text: string; contentHash: string }
/** What the bench needs of an engine: add documents, read every finding, stop. */
type Engines = {
  sync(docs: Doc[]): Promise<unknown>
  findings(ids?: string[]): Promise<unknown[]>
  close(): Promise<void>
}

async function threaded(): Promise<Engines | undefined> {
  const file = join(root, 'src/main/services/analysis/channels.ts')
  const mod = (await import(file)) as {
    analysisWorkerScript?: () => string
    workerChannel: (script: string) => {
      request(
        req: { op: 'sync'; docs: Doc[] } | { op: 'findings'; ids?: string[] }
      ): Promise<unknown>
      close(): Promise<void>
    }
  }
  if (!mod.analysisWorkerScript) return undefined
  const channel = mod.workerChannel(mod.analysisWorkerScript())
  return {
    sync: (docs) => channel.request({ op: 'sync', docs }),
    findings: (ids) => channel.request({ op: 'findings', ids }) as Promise<unknown[]>,
    close: () => channel.close()
  }
}

async function inThread(): Promise<Engines> {
  const { createEngineHost } = (await import(
    join(root, 'src/main/services/analysis/engines.ts')
  )) as {
    createEngineHost: () => { sync(d: Doc[]): unknown; findings(ids?: string[]): unknown[] }
  }
  const host = createEngineHost()
  return {
    sync: async (docs) => host.sync(docs),
    findings: async (ids) => host.findings(ids),
    close: async () => undefined
  }
}

async function main(): Promise<void> {
  const threads = existsSync(join(root, 'src/main/services/analysis/worker.ts'))
  const engines = (threads && (await threaded())) || (await inThread())
  const docs = JSON.parse(readFileSync(corpusFile, 'utf8')) as { id: string; text: string }[]
  const hash = (t: string): string => createHash('sha256').update(t).digest('hex')
  const withHash = docs.map((d) => ({ ...d, contentHash: hash(d.text) }))
  const last = withHash.pop() as (typeof withHash)[number]
  await engines.sync(withHash)
  const findings = (await engines.findings()).length
  const whole = performance.now() - started
  // An added article is analysed, then its story's findings are read, as the reader does; the
  // ECB+ topic (the id's prefix) stands in for the story.
  const topic = (id: string): string => id.split('_')[0] as string
  const story = docs.filter((d) => topic(d.id) === topic(last.id)).map((d) => d.id)
  const t = performance.now()
  await engines.sync([last])
  await engines.findings(story)
  const added = performance.now() - t
  await engines.close()
  const usage = process.resourceUsage()
  // CPU of every thread: on a busy machine wall time mostly measures the other processes.
  const cpu = (usage.userCPUTime + usage.systemCPUTime) / 1000
  process.stdout.write(
    JSON.stringify({ whole, added, rssMb: usage.maxRSS / 1024, cpu, findings }) + '\n'
  )
}

void main()
