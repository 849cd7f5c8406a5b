// `npm run test:fuzz`: feeds 1,000 seeded random, truncated and mutated files through every
// importer. Each must end in an article or a clear error (a known code and a message naming
// the file); none may throw, hang or take the process down.
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { extractArticle } from '../src/main/services/import'
import type { ErrorCode } from '../src/shared/result'
import { seededRandom } from '../test-support/random'

const CASES = Number(process.env.FUZZ_CASES ?? 1000)
const TIMEOUT_MS = 10_000
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

async function main(): Promise<void> {
  const tally = { imported: 0, refused: 0, problems: [] as string[] }
  const byCode = new Map<string, number>()
  const started = Date.now()
  for (let i = 0; i < CASES; i++) {
    const base = pick(bases)
    const [label, mutate] = pick(mutations)
    const name = rand() < 0.5 ? base.name : pick(NAMES)
    const bytes = mutate(new Uint8Array(base.bytes))
    const what = `case ${i}: ${label} of ${base.name} named ${name} (${bytes.length} bytes)`
    try {
      const r = await withTimeout(extractArticle({ name, bytes }))
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
  for (const p of tally.problems.slice(0, 10)) console.log(`  ${p}`)
  process.exit(tally.problems.length ? 1 : 0)
}

process.on('unhandledRejection', (e) => {
  console.error(`import fuzz: unhandled rejection escaped an importer: ${String(e)}`)
  process.exit(1)
})
void main()
