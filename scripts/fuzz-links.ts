// The symbolic-link class of `npm run test:fuzz`: folders holding link loops and links that
// leave the folder, walked and imported the way `parallax import <folder>` does. Each tree must
// end within the time limit; every link out of the folder, every loop and every broken link is
// refused with its own reason; every real file inside is imported exactly once; and nothing
// outside the folder is read: no stored text holds the outside marker, and no outside file or
// folder has its access time moved (a read or a listing would move it).
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs'
import { realpath } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative, sep } from 'node:path'
import { importFile } from '../src/main/cli/import'
import { expandPaths, type Entry } from '../src/main/cli/walk'
import type { ParallaxApi } from '../src/shared/contract'
import { seededRandom } from '../test-support/random'

const SECRET = 'OUTSIDE-THE-FOLDER-7f3a9c'
const PROSE =
  'Officials said 6,000 troops crossed the border on Monday, according to two people briefed on the matter. '

/** How a path the walk reports must end. */
type Outcome = 'imported' | 'outside' | 'loop' | 'already read' | 'broken'
const REASON: Record<Exclude<Outcome, 'imported'>, RegExp> = {
  outside: /^a link to somewhere outside the folder$/,
  loop: /^a symbolic link loop$/,
  'already read': /^a link to a folder already read$/,
  broken: /^no such file or folder \(or a broken link\)$/
}

/** A tree: `build` fills `inside` (the folder named) and may link into `outside`. */
type LinkCase = { label: string; build: (inside: string, outside: string) => void }

const file = (path: string, tag: string): void =>
  writeFileSync(path, `Report ${tag}\n\n${PROSE.repeat(4)}Filed as ${tag}.\n`)

/** The outside world every tree can reach: a key, an article-like file and a folder of them. */
function outsideWorld(outside: string): void {
  mkdirSync(join(outside, 'dir', 'deeper'), { recursive: true })
  writeFileSync(join(outside, 'id_rsa'), `-----BEGIN OPENSSH PRIVATE KEY-----\n${SECRET}\n`)
  writeFileSync(join(outside, 'secret.txt'), `${SECRET}\n\n${PROSE.repeat(4)}`)
  writeFileSync(join(outside, 'dir', 'article.txt'), `${SECRET}\n\n${PROSE.repeat(4)}`)
  writeFileSync(join(outside, 'dir', 'deeper', 'more.txt'), `${SECRET}\n\n${PROSE.repeat(4)}`)
}

const FIXED: LinkCase[] = [
  {
    label: 'a folder holding two links to itself',
    build: (i) => {
      file(join(i, 'a.txt'), 'a')
      symlinkSync('.', join(i, 'loop1'))
      symlinkSync(i, join(i, 'loop2'))
    }
  },
  {
    label: 'two folders linking to each other, and a link to the parent of each',
    build: (i) => {
      mkdirSync(join(i, 'a'))
      mkdirSync(join(i, 'b'))
      file(join(i, 'a', 'x.txt'), 'ax')
      file(join(i, 'b', 'y.txt'), 'by')
      symlinkSync('../b', join(i, 'a', 'to-b'))
      symlinkSync('../a', join(i, 'b', 'to-a'))
      symlinkSync('..', join(i, 'a', 'up'))
      symlinkSync('../..', join(i, 'b', 'up2'))
    }
  },
  {
    label: 'a link to itself and two links to each other',
    build: (i) => {
      file(join(i, 'real.txt'), 'real')
      symlinkSync('self.txt', join(i, 'self.txt'))
      symlinkSync('pong.txt', join(i, 'ping.txt'))
      symlinkSync('ping.txt', join(i, 'pong.txt'))
    }
  },
  {
    label: 'links out to a key, a file and a folder, relative and absolute',
    build: (i, o) => {
      file(join(i, 'a.txt'), 'a')
      symlinkSync(join(o, 'id_rsa'), join(i, 'key.txt'))
      symlinkSync(join(o, 'id_rsa'), join(i, 'id_rsa'))
      symlinkSync('../outside/secret.txt', join(i, 'notes.txt'))
      symlinkSync(join(o, 'dir'), join(i, 'more'))
      symlinkSync('../outside', join(i, 'up'))
    }
  },
  {
    label: 'a chain of links inside that ends outside',
    build: (i, o) => {
      mkdirSync(join(i, 'sub'))
      symlinkSync(join(o, 'secret.txt'), join(i, 'sub', 'last.txt'))
      symlinkSync('sub/last.txt', join(i, 'middle.txt'))
      symlinkSync('middle.txt', join(i, 'first.txt'))
      symlinkSync(join(o, 'dir'), join(i, 'sub', 'far'))
      symlinkSync('sub/far', join(i, 'near'))
    }
  },
  {
    label: 'links to the root, /etc, /proc and /dev/zero',
    build: (i) => {
      file(join(i, 'a.txt'), 'a')
      symlinkSync('/', join(i, 'root'))
      symlinkSync('/etc', join(i, 'etc'))
      symlinkSync('/etc/hostname', join(i, 'hostname.txt'))
      symlinkSync('/proc/self/root', join(i, 'proc-root'))
      symlinkSync('/dev/zero', join(i, 'zero.txt'))
    }
  },
  {
    label: 'a link to a missing file and one through a missing folder',
    build: (i) => {
      file(join(i, 'a.txt'), 'a')
      symlinkSync('gone.txt', join(i, 'broken.txt'))
      symlinkSync('nowhere/x.txt', join(i, 'deep-broken.txt'))
    }
  }
]

/** A seeded random tree of folders, files and links (to ancestors, siblings, outside, nowhere). */
function randomCase(n: number, rand: () => number): LinkCase {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T
  return {
    label: `random tree ${n}`,
    build: (inside, outside) => {
      const dirs = ['']
      const files: string[] = []
      for (let k = 0; k < 2 + Math.floor(rand() * 4); k++) {
        const d = join(pick(dirs), `d${k}`)
        mkdirSync(join(inside, d))
        dirs.push(d)
      }
      for (let k = 0; k < 2 + Math.floor(rand() * 5); k++) {
        const f = join(pick(dirs), `f${k}.txt`)
        file(join(inside, f), `${n}-${k}`)
        files.push(f)
      }
      const targets = (from: string): string[] => [
        ...dirs.map((d) => relative(from, join(inside, d)) || '.'),
        ...files.map((f) => relative(from, join(inside, f))),
        join(outside, 'secret.txt'),
        join(outside, 'dir'),
        relative(from, outside),
        relative(from, join(outside, 'id_rsa')),
        'missing.txt',
        '/'
      ]
      for (let k = 0; k < 2 + Math.floor(rand() * 5); k++) {
        const at = join(inside, pick(dirs), `l${k}${rand() < 0.5 ? '.txt' : ''}`)
        const from = join(at, '..')
        symlinkSync(rand() < 0.1 ? `l${k}` : pick(targets(from)), at)
      }
    }
  }
}

/** Every regular, non-hidden file in the folder's own tree, reached without following links. */
function realFiles(dir: string): string[] {
  const out: string[] = []
  const walk = (d: string): void => {
    for (const name of readdirNames(d)) {
      const p = join(d, name)
      const info = lstatSync(p)
      if (info.isDirectory()) walk(p)
      else if (info.isFile()) out.push(p)
    }
  }
  walk(dir)
  return out
}
const readdirNames = (d: string): string[] => readdirSync(d).filter((n) => !n.startsWith('.'))

/** What a skipped entry must say, from where its link really leads. */
async function expected(entry: Entry, root: string): Promise<Outcome> {
  const real = await realpath(entry.path).catch((e: NodeJS.ErrnoException) => e)
  if (real instanceof Error) return real.code === 'ELOOP' ? 'loop' : 'broken'
  const rel = relative(root, real)
  if (rel === '..' || rel.startsWith(`..${sep}`) || rel === real) return 'outside'
  return statSync(real).isDirectory() ? 'already read' : 'imported'
}

/** Access times of everything outside, set well in the past so any read moves them. */
function freezeAtimes(outside: string): Map<string, number> {
  const old = new Date('2001-01-01T00:00:00Z')
  const times = new Map<string, number>()
  const all = [outside, ...walkAll(outside)]
  for (const p of all) utimesSync(p, old, statSync(p).mtime)
  for (const p of all) times.set(p, statSync(p).atimeMs)
  return times
}
const walkAll = (d: string): string[] =>
  readdirNames(d).flatMap((n) => {
    const p = join(d, n)
    return lstatSync(p).isDirectory() ? [p, ...walkAll(p)] : [p]
  })

/** Whether this file system records reads in access times (not mounted noatime). */
function atimesWork(dir: string): boolean {
  const probe = join(dir, 'probe')
  writeFileSync(probe, 'x')
  utimesSync(probe, new Date('2001-01-01T00:00:00Z'), new Date())
  const before = statSync(probe).atimeMs
  readFileSync(probe)
  return statSync(probe).atimeMs !== before
}

export type LinkTally = {
  trees: number
  imported: number
  refused: Record<Exclude<Outcome, 'imported'>, number>
  atimeChecked: boolean
  worstMs: number
}

/** Runs every tree; problems are pushed onto `problems`, counts returned. */
export async function linkTrees(
  api: ParallaxApi,
  problems: string[],
  opts: { random: number; seed: number; timeoutMs: number }
): Promise<LinkTally> {
  const rand = seededRandom(opts.seed)
  const cases = [...FIXED, ...Array.from({ length: opts.random }, (_, n) => randomCase(n, rand))]
  const base = mkdtempSync(join(tmpdir(), 'parallax-fuzz-links-'))
  const tally: LinkTally = {
    trees: cases.length,
    imported: 0,
    refused: { outside: 0, loop: 0, 'already read': 0, broken: 0 },
    atimeChecked: atimesWork(base),
    worstMs: 0
  }
  try {
    for (const [n, c] of cases.entries()) {
      const root = join(base, String(n))
      const inside = join(root, 'inside')
      const outside = join(root, 'outside')
      mkdirSync(inside, { recursive: true })
      outsideWorld(outside)
      c.build(inside, outside)
      const times = freezeAtimes(outside)
      const started = performance.now()
      const run = walkAndImport(api, inside)
      const timer = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), opts.timeoutMs))
      const done = await Promise.race([run, timer])
      const ms = performance.now() - started
      tally.worstMs = Math.max(tally.worstMs, ms)
      if (done === 'timeout') {
        problems.push(`links, ${c.label}: no end within ${opts.timeoutMs} ms`)
        continue
      }
      await check(c.label, inside, done, tally, problems)
      if (tally.atimeChecked)
        for (const [p, t] of times)
          if (statSync(p).atimeMs !== t)
            problems.push(`links, ${c.label}: ${relative(root, p)} outside the folder was read`)
    }
    await checkNoSecret(api, problems)
  } finally {
    rmSync(base, { recursive: true, force: true })
  }
  return tally
}

type Walked = { entry: Entry; status: 'imported' | 'duplicate' | 'failed'; message?: string }

async function walkAndImport(api: ParallaxApi, inside: string): Promise<Walked[]> {
  const out: Walked[] = []
  for (const entry of await expandPaths([inside])) {
    if (entry.skip !== undefined) {
      out.push({ entry, status: 'failed', message: entry.skip })
      continue
    }
    const r = await importFile(entry.path, api)
    out.push({ entry, status: r.status, message: r.status === 'failed' ? r.message : undefined })
  }
  return out
}

async function check(
  label: string,
  inside: string,
  walked: Walked[],
  tally: LinkTally,
  problems: string[]
): Promise<void> {
  const root = await realpath(inside)
  const reached = new Map<string, number>()
  for (const { entry, status, message } of walked) {
    const what = `links, ${label}: ${relative(inside, entry.path)}`
    const want = await expected(entry, root)
    if (want === 'imported') {
      const real = await realpath(entry.path)
      reached.set(real, (reached.get(real) ?? 0) + 1)
      if (status === 'failed') problems.push(`${what}: refused: ${message}`)
      else tally.imported++
    } else if (status !== 'failed') problems.push(`${what}: read, but it is ${want}`)
    else if (!REASON[want].test(message ?? '')) problems.push(`${what}: ${message}; want ${want}`)
    else tally.refused[want]++
  }
  for (const f of realFiles(inside)) {
    const n = reached.get(await realpath(f)) ?? 0
    if (n !== 1) problems.push(`links, ${label}: ${relative(inside, f)} read ${n} times`)
  }
}

async function checkNoSecret(api: ParallaxApi, problems: string[]): Promise<void> {
  const list = await api.listArticles()
  if (!list.ok) return void problems.push(`links: cannot list the library: ${list.error.message}`)
  for (const a of list.value) {
    const full = await api.openArticle(a.id)
    if (full.ok && full.value.text.includes(SECRET))
      problems.push(`links: "${a.title}" holds text from outside the folder`)
  }
}
