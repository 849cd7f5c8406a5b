/**
 * Library speed through the real services (store, text files, search index), in a temp folder:
 * - import 1,000 generated articles of ~800 words one by one, as a batch import does
 *   (target < 10 s in total; baseline: reading and splitting the same files);
 * - search a 2,000-article library (target < 20 ms median; baseline: a linear scan with
 *   String.includes over every title and body);
 * - open an article from a 10,000-article library (target < 50 ms; baseline: reading its
 *   text file alone).
 *   npm run bench library
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { inProcessChannel } from '../src/main/services/analysis/channels'
import { EngineHost } from '../src/main/services/analysis/engine-host'
import { createServices, type Services } from '../src/main/services'
import { emptyLibrary } from '../src/main/services/library-schema'
import { contentHash as sha256 } from '../src/main/services/import/fingerprints'
import type { ArticleMeta } from '../src/shared/model'
import { seededRandom } from '../test-support/random'

const rand = seededRandom(11)
const SYL = 'ba ko ri ta me su lo vin dar pel gus hor nim qua zet fen'.split(' ')
const VOCAB = Array.from({ length: 6000 }, () =>
  Array.from(
    { length: 2 + Math.floor(rand() * 3) },
    () => SYL[Math.floor(rand() * SYL.length)]
  ).join('')
)
// Zipf-like: common words come up often, most words rarely, as in prose.
const word = (): string => VOCAB[Math.floor(VOCAB.length * rand() ** 3)] as string

function article(i: number): string {
  const paras = [`Report ${i}: ${Array.from({ length: 6 }, word).join(' ')}`]
  for (let words = 0; words < 800;) {
    const s = Array.from({ length: 8 }, () => {
      const n = 10 + Math.floor(rand() * 12)
      words += n
      return `${Array.from({ length: n }, word).join(' ')}.`
    })
    paras.push(s.join(' '))
  }
  return paras.join('\n\n')
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] as number
const fmt = (ms: number): string =>
  ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(2)} ms`
function row(label: string, ms: number, note = ''): void {
  console.log(`${label.padEnd(52)} ${fmt(ms).padStart(10)}  ${note}`)
}

const open = (dataDir: string): Promise<Services> =>
  createServices({
    dataDir,
    transport: 'http',
    version: 'bench',
    sampleDir: null,
    engineChannel: inProcessChannel(new EngineHost([]))
  })

async function importBench(dir: string, texts: string[]): Promise<Services> {
  const files = await Promise.all(
    texts.map(async (t, i) => {
      const f = join(dir, `in-${i}.txt`)
      await writeFile(f, t)
      return f
    })
  )
  let t0 = performance.now()
  for (const f of files) void (await readFile(f, 'utf8')).split('\n\n')
  const base = performance.now() - t0
  const services = await open(join(dir, 'lib'))
  t0 = performance.now()
  let failed = 0
  for (const f of files) {
    const r = await services.api.importArticle({ name: f, data: await readFile(f) })
    if (!r.ok || r.value.status !== 'imported') failed++
  }
  const ms = performance.now() - t0
  row(
    `import ${files.length} articles (store, text, index)`,
    ms,
    `target < 10 s; ${failed} not imported`
  )
  row('  baseline: read + split the same files', base, `ratio ${(ms / base).toFixed(0)}x`)
  return services
}

async function searchBench(services: Services, texts: string[]): Promise<void> {
  // Rare, middling and common words, two words, a phrase, a typo and a half-typed word.
  const common = VOCAB.slice(0, 3)
  const queries = [
    VOCAB[5000],
    VOCAB[1500],
    common[0],
    `${VOCAB[800]} ${VOCAB[40]}`,
    `"${texts[7]?.split(' ').slice(20, 23).join(' ').replace(/[.]/g, '')}"`,
    `${VOCAB[900]?.slice(0, -1)}x`,
    VOCAB[1200]?.slice(0, 4)
  ].map(String)
  await services.api.listArticles({ search: 'warm-up' })
  const app: number[] = []
  const naive: number[] = []
  const hay = texts.map((t) => t.toLowerCase())
  for (let round = 0; round < 5; round++)
    for (const q of queries) {
      let t0 = performance.now()
      const r = await services.api.listArticles({ search: q })
      app.push(performance.now() - t0)
      if (!r.ok) throw new Error(r.error.message)
      const needle = q.replace(/"/g, '').toLowerCase()
      t0 = performance.now()
      void hay.filter((h) => h.includes(needle)).length
      naive.push(performance.now() - t0)
    }
  row(
    `search ${texts.length} articles (median of ${app.length})`,
    median(app),
    'target < 20 ms; with snippets and highlights'
  )
  row(
    '  baseline: String.includes over every body',
    median(naive),
    `(no ranking, prefix or typo tolerance)`
  )
}

/** A 10,000-article library written straight to disk: importing it would time the import. */
async function bigLibrary(dir: string, n: number): Promise<ArticleMeta[]> {
  await mkdir(join(dir, 'texts'), { recursive: true })
  const data = emptyLibrary()
  data.seededAt = new Date().toISOString()
  for (let i = 0; i < n; i++) {
    const text = article(i)
    const id = sha256(text).slice(0, 16)
    await writeFile(join(dir, 'texts', `${id}.txt`), text)
    data.articles.push({
      id,
      title: text.split('\n')[0] as string,
      source: `Outlet ${i % 40}`,
      date: `2024-${String((i % 12) + 1).padStart(2, '0')}-10`,
      author: '',
      url: '',
      language: 'en',
      wordCount: 800,
      tags: [],
      contentHash: sha256(text),
      origin: `gen-${i}.txt`,
      importedAt: new Date().toISOString()
    })
  }
  await writeFile(join(dir, 'library.json'), JSON.stringify(data))
  return data.articles
}

async function openBench(dir: string): Promise<void> {
  const metas = await bigLibrary(dir, 10_000)
  const services = await open(dir)
  const picks = Array.from(
    { length: 50 },
    () => metas[Math.floor(rand() * metas.length)] as ArticleMeta
  )
  const app: number[] = []
  const base: number[] = []
  for (const m of picks) {
    let t0 = performance.now()
    const r = await services.api.openArticle(m.id)
    app.push(performance.now() - t0)
    if (!r.ok) throw new Error(r.error.message)
    t0 = performance.now()
    await readFile(join(dir, 'texts', `${m.id}.txt`), 'utf8')
    base.push(performance.now() - t0)
  }
  row(
    'open an article from 10,000 (median of 50)',
    median(app),
    `target < 50 ms; worst ${fmt(Math.max(...app))}`
  )
  row(
    '  baseline: read its text file alone',
    median(base),
    `ratio ${(median(app) / median(base)).toFixed(1)}x`
  )
  const t0 = performance.now()
  await services.api.listArticles({ sort: 'date' })
  row('list all 10,000 rows sorted by date', performance.now() - t0)
  await services.close()
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'parallax-bench-library-'))
  try {
    const texts = Array.from({ length: 2000 }, (_, i) => article(i))
    const services = await importBench(dir, texts.slice(0, 1000))
    for (const t of texts.slice(1000)) await services.api.importArticle({ pasted: t })
    await searchBench(services, texts)
    await services.close()
    await openBench(join(dir, 'big'))
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

void main().catch((e) => {
  console.error(e)
  process.exit(1)
})
