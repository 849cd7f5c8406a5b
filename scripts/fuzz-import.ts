// `npm run test:fuzz`: feeds 1,000 seeded random, truncated and mutated files through every
// importer, then the hostile classes of fuzz-hostile.ts (decompression bombs, deep nesting,
// hostile bundles, control characters) and the symbolic-link trees of fuzz-links.ts (loops and
// links out of the imported folder). Each must end in an article or a clear error (a known
// code and a message naming the file) within 10 s, with the process under 1 GiB resident; none
// may throw, hang or take the process down.
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { closeExtractWorkers, extractArticle } from '../src/main/services/import'
import type { ErrorCode } from '../src/shared/result'
import { seededRandom } from '../test-support/random'
import {
  bundleLibrary,
  fuzzLibrary,
  hostileBundles,
  hostileFiles,
  type HostileCase
} from './fuzz-hostile'
import { linkTrees } from './fuzz-links'

const CASES = Number(process.env.FUZZ_CASES ?? 1000)
const TIMEOUT_MS = 10_000
const MAX_RSS = 1024 * 1024 * 1024
const rand = seededRandom(Number(process.env.FUZZ_SEED ?? 4242))
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T

const FIXTURES = resolve(__dirname, '../src/main/services/import/fixtures')
const ARTICLES = resolve(__dirname, '../articles')
const bases = [
  ...readdirSync(FIXTURES)
    .filter((f) => !f.endsWith('.ts'))
    .map((f) => ({ name: f, bytes: readFileSync(join(FIXTURES, f)) })),
  ...readdirSync(ARTICLES).map((f) => ({ name: f, bytes: readFileSync(join(ARTICLES, f)) }))
]
const NAMES = ['x.txt', 'x.md', 'x.html', 'x.htm', 'x.pdf', 'x.docx', 'noext', 'x.TXT']
const KNOWN: ErrorCode[] = [
  'unsupported-format',
  'empty-file',
  'too-large',
  'binary-file',
  'bad-encoding',
  'no-content',
  'encrypted',
  'corrupt-file',
  'invalid-argument'
]

type Mutation = (b: Uint8Array) => Uint8Array
const mutations: [string, Mutation][] = [
  ['truncate', (b) => b.slice(0, Math.floor(rand() * b.length))],
  [
    'flip bytes',
    (b) => {
      const c = b.slice()
      for (let i = 0; i < 1 + rand() * 40; i++)
        c[Math.floor(rand() * c.length)] = Math.floor(rand() * 256)
      return c
    }
  ],
  [
    'insert junk',
    (b) => {
      const at = Math.floor(rand() * b.length)
      const junk = Uint8Array.from({ length: 1 + Math.floor(rand() * 200) }, () =>
        Math.floor(rand() * 256)
      )
      return Uint8Array.from([...b.slice(0, at), ...junk, ...b.slice(at)])
    }
  ],
  [
    'random bytes',
    () => Uint8Array.from({ length: Math.floor(rand() * 5000) }, () => Math.floor(rand() * 256))
  ],
  [
    'splice two files',
    (b) => {
      const other = pick(bases).bytes
      return Uint8Array.from([
        ...b.slice(0, Math.floor(rand() * b.length)),
        ...other.slice(Math.floor(rand() * other.length))
      ])
    }
  ],
  ['repeat', (b) => Uint8Array.from([...b, ...b, ...b])]
]

const withTimeout = <T>(p: Promise<T>): Promise<T | 'timeout'> =>
  Promise.race([
    p,
    new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), TIMEOUT_MS).unref())
  ])

/** Runs `work`, sampling the resident memory (worker threads included) every 20 ms. */
async function measured<T>(work: () => Promise<T>): Promise<{ value: T; ms: number; rss: number }> {
  let rss = process.memoryUsage().rss
  const sample = setInterval(() => (rss = Math.max(rss, process.memoryUsage().rss)), 20)
  const started = performance.now()
  const value = await work()
  clearInterval(sample)
  return { value, ms: performance.now() - started, rss: Math.max(rss, process.memoryUsage().rss) }
}

const mb = (n: number): string => `${Math.round(n / 1024 / 1024)} MB`
type Worst = { ms: number; rss: number; msCase: string; rssCase: string }
const worse = (w: Worst, ms: number, rss: number, what: string): void => {
  if (ms > w.ms) Object.assign(w, { ms, msCase: what })
  if (rss > w.rss) Object.assign(w, { rss, rssCase: what })
}

/** The hostile classes: each must end as its case expects, in time and under the memory cap. */
async function hostile(
  problems: string[]
): Promise<{ imported: number; refused: number; worst: Worst }> {
  const tally = { imported: 0, refused: 0, worst: { ms: 0, rss: 0, msCase: '', rssCase: '' } }
  const lib = await bundleLibrary()
  const cases: [HostileCase, 'file' | 'bundle'][] = [
    ...hostileFiles().map((c): [HostileCase, 'file'] => [c, 'file']),
    ...hostileBundles(lib.clean).map((c): [HostileCase, 'bundle'] => [c, 'bundle'])
  ]
  for (const [c, kind] of cases) {
    const bytes = c.bytes()
    const what = `${c.label} (${c.name}, ${bytes.length} bytes)`
    try {
      const {
        value: r,
        ms,
        rss
      } = await measured(() =>
        withTimeout(
          kind === 'file'
            ? extractArticle({ name: c.name, bytes }).then((x) =>
                x.ok
                  ? { ok: true }
                  : { ok: false, code: String(x.error.code), message: x.error.message }
              )
            : lib.services.api
                .importArticle({ name: c.name, data: bytes })
                .then((x) =>
                  x.ok && x.value.status === 'failed'
                    ? { ok: false as const, code: x.value.code, message: x.value.message }
                    : { ok: x.ok }
                )
        )
      )
      if (rss > MAX_RSS) problems.push(`${what}: resident memory reached ${mb(rss)}`)
      if (r === 'timeout') {
        problems.push(`${what}: no answer within ${TIMEOUT_MS} ms`)
        continue
      }
      if (ms > TIMEOUT_MS) problems.push(`${what}: took ${Math.round(ms)} ms`)
      const expect = c.expect
      if (r.ok) {
        tally.imported++
        if (!('imported' in expect)) problems.push(`${what}: imported, but must be refused`)
      } else {
        tally.refused++
        worse(tally.worst, ms, rss, what)
        if ('imported' in expect) problems.push(`${what}: refused: ${r.code}: ${r.message}`)
        else if (r.code !== expect.code || !expect.why.test(r.message))
          problems.push(`${what}: unexpected refusal ${r.code}: ${r.message}`)
      }
    } catch (e) {
      problems.push(`${what}: threw ${(e as Error).stack ?? e}`)
    }
  }
  await lib.close()
  return tally
}

/** The symbolic-link trees, imported into a library of their own. */
async function symlinks(problems: string[]): ReturnType<typeof linkTrees> {
  const lib = await fuzzLibrary()
  try {
    const random = Number(process.env.FUZZ_LINK_TREES ?? 40)
    const seed = Number(process.env.FUZZ_SEED ?? 4242)
    return await linkTrees(lib.services.api, problems, { random, seed, timeoutMs: TIMEOUT_MS })
  } finally {
    await lib.close()
  }
}

async function main(): Promise<void> {
  const tally = { imported: 0, refused: 0, problems: [] as string[] }
  const byCode = new Map<string, number>()
  const worst: Worst = { ms: 0, rss: 0, msCase: '', rssCase: '' }
  // The import worker loads its parsers once; that start-up is not any file's doing.
  const warm = await measured(() => extractArticle({ pasted: 'Warm up.' }))
  console.log(`import worker ready in ${(warm.ms / 1000).toFixed(1)} s`)
  const started = Date.now()
  for (let i = 0; i < CASES; i++) {
    const base = pick(bases)
    const [label, mutate] = pick(mutations)
    const name = rand() < 0.5 ? base.name : pick(NAMES)
    const bytes = mutate(new Uint8Array(base.bytes))
    const what = `case ${i}: ${label} of ${base.name} named ${name} (${bytes.length} bytes)`
    try {
      const {
        value: r,
        ms,
        rss
      } = await measured(() => withTimeout(extractArticle({ name, bytes })))
      if (rss > MAX_RSS) tally.problems.push(`${what}: resident memory reached ${mb(rss)}`)
      if (r !== 'timeout' && !r.ok) worse(worst, ms, rss, what)
      if (r === 'timeout') tally.problems.push(`${what}: no answer within ${TIMEOUT_MS} ms`)
      else if (r.ok) {
        if (!r.value.text.trim()) tally.problems.push(`${what}: imported with empty text`)
        tally.imported++
      } else if (!KNOWN.includes(r.error.code) || !r.error.message.includes(name)) {
        tally.problems.push(`${what}: unclear error ${r.error.code}: ${r.error.message}`)
      } else {
        tally.refused++
        byCode.set(r.error.code, (byCode.get(r.error.code) ?? 0) + 1)
      }
    } catch (e) {
      tally.problems.push(`${what}: threw ${(e as Error).stack ?? e}`)
    }
  }
  const codes = [...byCode].map(([c, n]) => `${c} ${n}`).join(', ')
  console.log(
    `import fuzz: ${CASES} cases in ${((Date.now() - started) / 1000).toFixed(1)} s: ${tally.imported} imported, ${tally.refused} refused with a clear error (${codes}), ${tally.problems.length} problems`
  )
  const h0 = Date.now()
  const h = await hostile(tally.problems)
  console.log(
    `hostile files: ${h.imported + h.refused} cases in ${((Date.now() - h0) / 1000).toFixed(1)} s: ${h.imported} imported, ${h.refused} refused with the specific error expected`
  )
  const l0 = Date.now()
  const links = await symlinks(tally.problems)
  const r = links.refused
  console.log(
    `symlink trees: ${links.trees} folders in ${((Date.now() - l0) / 1000).toFixed(1)} s (slowest ${(links.worstMs / 1000).toFixed(2)} s): ${links.imported} files inside imported once each; refused: ${r.outside} links out of the folder, ${r.loop} link loops, ${r['already read']} links to a folder already read, ${r.broken} broken links; outside reads checked by access time: ${links.atimeChecked ? 'yes' : 'no (this file system does not record them)'}`
  )
  await closeExtractWorkers()
  for (const [label, w] of [
    ['random', worst],
    ['hostile', h.worst]
  ] as const)
    console.log(
      `worst refused ${label} file: ${(w.ms / 1000).toFixed(2)} s (${w.msCase}); ${mb(w.rss)} resident (${w.rssCase})`
    )
  console.log(`${tally.problems.length} problems`)
  for (const p of tally.problems.slice(0, 20)) console.log(`  ${p}`)
  process.exit(tally.problems.length ? 1 : 0)
}

process.on('unhandledRejection', (e) => {
  console.error(`import fuzz: unhandled rejection escaped an importer: ${String(e)}`)
  process.exit(1)
})
void main()
