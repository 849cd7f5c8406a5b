// Story grouping of one corpus in a process of its own: wall time from process start (module
// load and reading the corpus included, as `parallax stories` pays them), CPU time, and the
// cost of one more article. Usage: node --import tsx bench/real/stories-worker.ts ROOT CORPUS.json
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

const [root, corpusFile] = process.argv.slice(2) as [string, string]
const started = performance.now()

type Doc = { id: string; title: string; text: string }
type Index = { add(d: Doc): void; groups(): string[][] }

async function main(): Promise<void> {
  const { StoryIndex } = (await import(
    join(root, 'src/shared/analysis/stories/story-index.ts')
  )) as { StoryIndex: new () => Index }
  const docs = JSON.parse(readFileSync(corpusFile, 'utf8')) as Doc[]
  const last = docs.pop() as Doc
  const index = new StoryIndex()
  for (const d of docs) index.add(d)
  const stories = index.groups().length
  const whole = performance.now() - started
  const t = performance.now()
  index.add(last)
  const added = performance.now() - t
  const cpu = process.cpuUsage()
  const out = { whole, added, cpuMs: (cpu.user + cpu.system) / 1000, stories }
  process.stdout.write(`${JSON.stringify(out)}\n`)
}

void main()
