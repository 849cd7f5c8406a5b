/**
 * Proves a speed change changed no finding: builds the command line at BASE (default: main) and
 * as the working tree stands, runs `parallax analyze --json` of both on the sample articles and
 * on real news (the ECB+ original half, the same with --all-pairs, and 1,000 articles of it
 * replicated with small edits, the wire copies the memos serve), and compares the output byte
 * for byte: the same findings, scores, spans, explanations and stories. Exit 1 on any difference.
 *   npx tsx scripts/same-findings.ts [BASE]
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ecbOriginal, replicate, type Doc } from '../bench/real/ecb'

const root = join(__dirname, '..')
const base = process.argv[2] ?? 'main'
const scratch = mkdtempSync(join(tmpdir(), 'parallax-same-'))

function build(dir: string): string {
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'],
    {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'inherit']
    }
  )
  return join(dir, 'out/main/cli.js')
}

function builtAt(commit: string): string {
  const dir = join(scratch, 'base')
  mkdirSync(dir)
  execFileSync('tar', ['-x', '-C', dir], {
    input: execFileSync('git', ['-C', root, 'archive', commit], { maxBuffer: 1 << 30 })
  })
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'))
  return build(dir)
}

function folder(name: string, docs: Doc[]): string {
  const dir = join(scratch, name)
  mkdirSync(dir)
  for (const d of docs) writeFileSync(join(dir, `${d.id.replace(/[^\w.~-]/g, '_')}.txt`), d.text)
  return dir
}

function analyze(cli: string, args: string[]): string {
  const r = spawnSync(process.execPath, [cli, 'analyze', '--json', ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 30
  })
  if (r.status !== 0) throw new Error(`${cli} analyze ${args.join(' ')} failed: ${r.stderr}`)
  return r.stdout
}

/** Where two outputs first differ, with a little context. */
function firstDifference(a: string, b: string): string {
  let i = 0
  while (i < a.length && a[i] === b[i]) i++
  const at = (s: string): string => JSON.stringify(s.slice(Math.max(0, i - 80), i + 80))
  return `at character ${i}:\n  before ${at(a)}\n  after  ${at(b)}`
}

try {
  console.log(`building the command line at ${base} and as the working tree stands`)
  const before = builtAt(base)
  const after = build(root)
  const ecb = ecbOriginal(root)
  const sets: [string, string[]][] = [
    ['sample articles (articles/)', [join(root, 'articles')]],
    ['ECB+ original half (480)', [folder('ecb', ecb)]],
    ['ECB+ original half, --all-pairs', ['--all-pairs', join(scratch, 'ecb')]],
    ['ECB+ replicated with edits (1,000)', [folder('c1000', replicate(ecb, 1000))]]
  ]
  let differ = 0
  for (const [name, args] of sets) {
    const a = analyze(before, args)
    const b = analyze(after, args)
    const findings = (JSON.parse(b) as { findings: unknown[] }).findings.length
    if (a === b) console.log(`same      ${name}: ${findings} findings, identical JSON`)
    else {
      differ++
      console.log(`DIFFERENT ${name}: ${firstDifference(a, b)}`)
    }
  }
  process.exitCode = differ ? 1 : 0
} finally {
  rmSync(scratch, { recursive: true, force: true })
}
