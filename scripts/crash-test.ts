// `npm run test:crash`: SIGKILLs the real browser-host service at random moments while
// writes are in flight, 200 times over one data folder, and checks after every kill that the
// store opens, parses, and holds every write that had been acknowledged.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  checkLibraryData,
  emptyLibrary,
  type LibraryData
} from '../src/main/services/library-schema'
import { openStoreFile } from '../src/main/services/store-open'
import { startHostProcess, type HostProcess } from '../test-support/host-process'
import { seededRandom } from '../test-support/random'

const KILLS = Number(process.env.CRASH_KILLS ?? 200)
const WRITERS = 5
const ANNOTATORS = 2
const rand = seededRandom(Number(process.env.CRASH_SEED ?? 20261125))

/**
 * One writer: adds a new tag to its article, one acknowledged write at a time. An article holds
 * at most 100 tags, so each write also drops the oldest beyond 60: every tag in `acked` is one
 * that the latest acknowledged write asked the store to keep.
 */
async function writer(
  host: HostProcess,
  id: string,
  acked: string[],
  round: number,
  stop: { now: boolean },
  counted: { n: number }
): Promise<number> {
  let n = 0
  while (!stop.now) {
    const next = [...acked.slice(-59), `k${round}-${n++}`]
    inFlight.set(id, next)
    try {
      const r = await host.call('articles:set-tags', [id, next])
      if (!r.ok) throw new Error(`write refused: ${JSON.stringify(r)}`)
      acked.splice(0, acked.length, ...next)
      inFlight.delete(id)
      counted.n++
    } catch (e) {
      if (stop.now) break // the connection died with the process: this write was never acknowledged
      throw e
    }
  }
  return n
}

/** One annotator: creates annotations on its article, one acknowledged write at a time. */
async function annotator(
  host: HostProcess,
  article: string,
  acked: Set<string>,
  stop: { now: boolean },
  counted: { n: number }
): Promise<void> {
  while (!stop.now) {
    try {
      const start = Math.floor(rand() * 100)
      const r = await host.call<{ id: string }>('annotations:create', [
        { article, start, end: start + 12, color: 'yellow', note: `note ${counted.n}` }
      ])
      if (!r.ok || !r.value) throw new Error(`annotation refused: ${JSON.stringify(r)}`)
      acked.add(r.value.id)
      counted.n++
    } catch (e) {
      if (stop.now) break
      throw e
    }
  }
}

/** Every acknowledged annotation must be in its article's annotation file, which must parse. */
function verifyAnnotations(dataDir: string, acked: Map<string, Set<string>>): number {
  let lost = 0
  for (const [article, ids] of acked) {
    if (!ids.size) continue
    const file = join(dataDir, 'annotations', `${article}.json`)
    const data = JSON.parse(readFileSync(file, 'utf8')) as { annotations: { id: string }[] }
    const have = new Set(data.annotations.map((a) => a.id))
    lost += [...ids].filter((id) => !have.has(id)).length
  }
  return lost
}

// The write each writer had sent but not yet seen acknowledged when the process died.
const inFlight = new Map<string, string[]>()

/**
 * After a kill an article must hold exactly its last acknowledged tags, or exactly the write
 * that was in flight (which may have reached the disk before the kill). Anything else is loss.
 */
function verify(dataDir: string, acked: Map<string, string[]>): number {
  const data = JSON.parse(readFileSync(join(dataDir, 'library.json'), 'utf8')) as LibraryData
  const problem = checkLibraryData(data)
  if (problem) throw new Error(`store unusable after a kill: ${problem}`)
  let lost = 0
  for (const [id, tags] of acked) {
    const onDisk = data.articles.find((a) => a.id === id)?.tags ?? []
    const pending = inFlight.get(id)
    if (pending && same(onDisk, pending)) tags.splice(0, tags.length, ...pending)
    const have = new Set(onDisk)
    const missing = tags.filter((t) => !have.has(t))
    if (missing.length && process.env.CRASH_DEBUG)
      console.log(
        `lost on ${id}: ${missing.join(',')}; disk has ${[...onDisk].slice(-5).join(',')}; acked tail ${tags.slice(-5).join(',')}`
      )
    lost += missing.length
  }
  return lost
}

const same = (a: string[], b: string[]): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i])

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'parallax-crash-'))
  const acked = new Map<string, string[]>()
  const annotations = new Map<string, Set<string>>()
  let ackedWrites = 0
  let ackedAnnotations = 0
  let lost = 0
  const started = Date.now()
  for (let round = 0; round < KILLS; round++) {
    const host = await startHostProcess(dataDir)
    if (round === 0) {
      const list = (await host.call<{ id: string }[]>('articles:list', [])).value ?? []
      for (const a of list.slice(0, WRITERS)) acked.set(a.id, [])
      for (const a of list.slice(0, ANNOTATORS)) annotations.set(a.id, new Set())
    }
    const stop = { now: false }
    const counted = { n: 0 }
    const made = { n: 0 }
    const writers = [
      ...[...acked].map(([id, tags]) => writer(host, id, tags, round, stop, counted)),
      ...[...annotations].map(([id, ids]) => annotator(host, id, ids, stop, made))
    ]
    await new Promise((r) => setTimeout(r, 5 + rand() * 120))
    stop.now = true
    await host.stop('SIGKILL')
    await Promise.allSettled(writers)
    ackedWrites += counted.n + made.n
    ackedAnnotations += made.n
    lost += verify(dataDir, acked) + verifyAnnotations(dataDir, annotations)
    inFlight.clear()
  }
  // The app's own open path must accept the store as it was left, with nothing to recover.
  const reopened = await openStoreFile<LibraryData>({
    dir: dataDir,
    file: 'library.json',
    defaults: emptyLibrary,
    check: checkLibraryData
  })
  if (reopened.notices.length)
    throw new Error(`store needed recovery: ${reopened.notices.join(' ')}`)
  for (const article of annotations.keys()) {
    const opened = await openStoreFile({
      dir: join(dataDir, 'annotations'),
      file: `${article}.json`,
      defaults: () => ({ schemaVersion: 1, annotations: [] }),
      check: (d) => (Array.isArray((d as { annotations?: unknown }).annotations) ? null : 'bad')
    })
    if (opened.notices.length)
      throw new Error(`annotations needed recovery: ${opened.notices.join(' ')}`)
  }
  const strays = [dataDir, join(dataDir, 'annotations')].flatMap((d) =>
    readdirSync(d).filter((n) => n.endsWith('.tmp'))
  )
  console.log(
    `crash test: ${KILLS} kills (SIGKILL), ${ackedWrites} acknowledged writes (${ackedAnnotations} of them new annotations), ${lost} writes lost, ${strays.length} stray temp files, ${((Date.now() - started) / 1000).toFixed(1)} s`
  )
  rmSync(dataDir, { recursive: true, force: true })
  if (lost > 0 || strays.length > 0) process.exit(1)
}

main().catch((e) => {
  console.error(`crash test failed: ${(e as Error).stack ?? e}`)
  process.exit(1)
})
