/**
 * Team library speed, on the crash-atomic storage, with documents shaped as the app writes
 * them (one change per annotation):
 * - clone 20,000 annotations in 200 articles (plus their texts) from one repo into an empty
 *   one over a MessageChannel (target ≤ 30 s; shown beside loading the same documents raw);
 * - open one article's annotations in a freshly opened repo (target ≤ 50 ms median; baseline:
 *   Automerge.load of that document's bytes alone);
 * - load a 4,000-annotation article (target ≤ 1.5 s; same baseline).
 *   npm run bench team
 */
import { appendFileSync, readFileSync, readdirSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as A from '@automerge/automerge/slim'
import type { AutomergeUrl, DocHandle } from '@automerge/automerge-repo'
import { MessageChannelNetworkAdapter } from '@automerge/automerge-repo-network-messagechannel'
import type { ArticleMeta } from '../src/shared/model'
import { projectAnnotations } from '../src/main/team/team-annotations'
import {
  imm,
  libraryDocUrls,
  newAnnotationsDoc,
  newLibraryDoc,
  newLinksDoc,
  newTextDoc,
  storedArticle,
  type AnnotationsDoc,
  type LibraryDoc,
  type StoredAnnotation
} from '../src/main/team/shapes'
import { openTeamRepo, type TeamRepo } from '../src/main/team/team-repo'
import { initAutomergeForScripts } from '../test-support/automerge-scripts'
import { seededRandom } from '../test-support/random'

const ARTICLES = Number(process.env.TEAM_ARTICLES ?? 200)
const PER_ARTICLE = Number(process.env.TEAM_PER_ARTICLE ?? 100)
const BIG = Number(process.env.TEAM_BIG ?? 4000)
const rand = seededRandom(17)

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] as number
const fmt = (ms: number): string =>
  ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(2)} ms`
function row(label: string, ms: number, note = ''): void {
  console.log(`${label.padEnd(56)} ${fmt(ms).padStart(10)}  ${note}`)
}
function judge(name: string, value: number, baseline: number): void {
  if (process.env.BENCH_RESULTS)
    appendFileSync(process.env.BENCH_RESULTS, JSON.stringify({ name, value, baseline }) + '\n')
}

const words = (n: number): string =>
  Array.from(
    { length: n },
    () => 'troops left city monday officials said'.split(' ')[Math.floor(rand() * 6)]
  ).join(' ')

function annotation(i: number): StoredAnnotation {
  const at = new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString()
  return {
    quote: { exact: imm(words(6)), prefix: imm(words(5)), suffix: imm(words(5)) },
    pos: { start: i * 10, end: i * 10 + 30 },
    color: imm(['yellow', 'red', 'blue'][i % 3] as string),
    tags: { [`t${i % 7}`]: true },
    note: i % 4 === 0 ? words(12) : '',
    grade: null,
    anchor: { status: imm('exact'), confidence: 1 },
    by: imm(i % 2 ? 'alice' : 'bob'),
    created: imm(at),
    modified: imm(at),
    deletedAt: null
  }
}

const meta = (a: number): ArticleMeta => ({
  id: `a${a}`,
  title: `Report ${a}`,
  source: 'Wire',
  date: '2026-01-01',
  author: '',
  url: '',
  language: 'en',
  wordCount: 800,
  tags: [],
  contentHash: `h${a}`,
  origin: 'bench',
  importedAt: '2026-01-01T00:00:00.000Z'
})

/** An article's annotations doc, written the way analysts make it: one change each. */
function annotate(h: DocHandle<AnnotationsDoc>, n: number): void {
  for (let i = 0; i < n; i++)
    h.change((d) => void (d.annotations[`an-${i.toString(16).padStart(16, '0')}`] = annotation(i)))
}

async function build(dir: string): Promise<{ library: string; big: string; sample: string[] }> {
  const team = openTeamRepo({ dir, network: [] })
  const links = team.repo.create(newLinksDoc())
  const lib = team.repo.create<LibraryDoc>(newLibraryDoc('Bench', links.url, []))
  const sample: string[] = []
  for (let a = 0; a < ARTICLES; a++) {
    const text = team.repo.create(newTextDoc(`h${a}`, words(800)))
    const notes = team.repo.create(newAnnotationsDoc(`a${a}`))
    annotate(notes, PER_ARTICLE)
    if (a % 10 === 0) sample.push(notes.url)
    lib.change((d) => {
      d.articles[`a${a}`] = storedArticle(meta(a), { textDoc: text.url, annotationsDoc: notes.url })
    })
  }
  const big = team.repo.create(newAnnotationsDoc('big'))
  annotate(big, BIG)
  await team.close()
  return { library: lib.url, big: big.url, sample }
}

/** The bytes of one document as stored, loaded by Automerge alone: the floor for opening it. */
function rawLoad(dir: string, url: string): number {
  const id = url.slice('automerge:'.length)
  const chunks: Buffer[] = []
  for (const kind of ['snapshot', 'incremental']) {
    const d = join(dir, id, kind)
    const files = readdirSync(join(dir, id)).includes(kind)
      ? readdirSync(d, { withFileTypes: true })
      : []
    for (const f of files.filter((e) => e.isFile())) chunks.push(readFileSync(join(d, f.name)))
  }
  const t0 = performance.now()
  A.loadIncremental(A.init(), Buffer.concat(chunks))
  return performance.now() - t0
}

async function timedOpen(dir: string, urls: string[]): Promise<number[]> {
  const team = openTeamRepo({ dir, network: [] })
  const times: number[] = []
  for (const url of urls) {
    const t0 = performance.now()
    const h = await team.repo.find<AnnotationsDoc>(url as AutomergeUrl)
    projectAnnotations('x', h.doc())
    times.push(performance.now() - t0)
  }
  await team.close()
  return times
}

async function clone(from: string, to: string, library: string): Promise<number> {
  const { port1, port2 } = new MessageChannel()
  const source: TeamRepo = openTeamRepo({
    dir: from,
    network: [new MessageChannelNetworkAdapter(port1)]
  })
  const target: TeamRepo = openTeamRepo({
    dir: to,
    network: [new MessageChannelNetworkAdapter(port2)]
  })
  const t0 = performance.now()
  const lib = await target.repo.find<LibraryDoc>(library as AutomergeUrl)
  const urls = libraryDocUrls(lib.doc())
  await Promise.all(urls.map((u) => target.repo.find(u as AutomergeUrl)))
  await target.repo.flush()
  const ms = performance.now() - t0
  const got = Object.values(lib.doc().articles).length
  await target.close()
  await source.close()
  port1.close()
  port2.close()
  if (got !== ARTICLES) throw new Error(`the clone holds ${got} of ${ARTICLES} articles`)
  return ms
}

async function main(): Promise<void> {
  await initAutomergeForScripts()
  const root = await mkdtemp(join(tmpdir(), 'parallax-bench-team-'))
  try {
    let t0 = performance.now()
    const { library, big, sample } = await build(join(root, 'src'))
    row(
      `build ${ARTICLES * PER_ARTICLE} + ${BIG} annotations, one change each`,
      performance.now() - t0
    )

    const cloneMs = await clone(join(root, 'src'), join(root, 'dst'), library)
    const libDoc = sample.map((u) => rawLoad(join(root, 'src'), u))
    t0 = performance.now()
    const all = libraryDocUrlsOnDisk(join(root, 'src'))
    for (const u of all) rawLoad(join(root, 'src'), u)
    const rawAll = performance.now() - t0
    row(
      `clone ${ARTICLES} articles over a MessageChannel`,
      cloneMs,
      `target ≤ 30 s; raw load of the same docs ${fmt(rawAll)}`
    )

    const open = await timedOpen(join(root, 'dst'), sample)
    const openMs = median(open)
    const rawOpen = median(libDoc)
    row(
      `open one article (${PER_ARTICLE} annotations), median of ${open.length}`,
      openMs,
      `target ≤ 50 ms; raw load ${fmt(rawOpen)}`
    )
    judge('team: open one article from a fresh repo (ms)', openMs, Math.max(rawOpen, 1))

    const [bigMs] = await timedOpen(join(root, 'src'), [big])
    const rawBig = rawLoad(join(root, 'src'), big)
    row(
      `load a ${BIG}-annotation article`,
      bigMs as number,
      `target ≤ 1.5 s; raw load ${fmt(rawBig)}`
    )
    judge(`team: load a ${BIG}-annotation article (ms)`, bigMs as number, rawBig)
  } finally {
    await rm(root, { recursive: true, force: true })
  }
}

/** Every document stored in a repo folder. */
const libraryDocUrlsOnDisk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
    .map((e) => `automerge:${e.name}`)

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
