import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const ROOT = resolve(__dirname, '../../..')
const dir = mkdtempSync(join(tmpdir(), 'parallax-pipe-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Two dozen reports reusing the sample articles' paragraphs: well over 1 MB of findings. */
function writeReports(): void {
  const texts = readdirSync(join(ROOT, 'articles')).map((n) =>
    readFileSync(join(ROOT, 'articles', n), 'utf8')
  )
  const paras = texts.flatMap((t) => t.split(/\n\s*\n/).filter((p) => p.trim().length > 40))
  for (let i = 0; i < 24; i++) {
    const body = Array.from({ length: 12 }, (_, j) => paras[(i * 7 + j * 3) % paras.length])
    writeFileSync(
      join(dir, `${String(i).padStart(3, '0')}.txt`),
      [`Report ${i}`, ...body].join('\n\n')
    )
  }
  writeFileSync(join(dir, 'blank.txt'), '')
}

type Run = { code: number | null; stdout: Buffer; stderr: string }

/**
 * Runs the command line with stdout on a real pipe, and starts reading only a while after the
 * first bytes arrive, so the pipe is full when the command finishes writing, as behind a slow
 * `| jq`.
 */
function runThroughPipe(args: string[]): Promise<Run> {
  const child = spawn(
    join(ROOT, 'node_modules/.bin/tsx'),
    [join(ROOT, 'src/main/cli.ts'), ...args],
    {
      stdio: ['ignore', 'pipe', 'pipe']
    }
  )
  const chunks: Buffer[] = []
  let stderr = ''
  child.stderr.on('data', (b: Buffer) => (stderr += b.toString()))
  child.stdout.pause()
  child.stdout.on('data', (b: Buffer) => chunks.push(b))
  const poll = setInterval(() => {
    if (child.stdout.readableLength === 0) return
    clearInterval(poll)
    setTimeout(() => child.stdout.resume(), 1000)
  }, 20)
  return new Promise((ok) =>
    child.on(
      'close',
      (code) => (clearInterval(poll), ok({ code, stdout: Buffer.concat(chunks), stderr }))
    )
  )
}

describe('parallax analyze --json through a pipe', () => {
  it('writes all of a JSON result over 1 MB, skips the empty file with one warning, exits 4', async () => {
    writeReports()
    const r = await runThroughPipe(['analyze', dir, '--json'])
    expect(r.stdout.length).toBeGreaterThan(1024 * 1024)
    const data = JSON.parse(r.stdout.toString()) as { articles: unknown[]; findings: unknown[] }
    expect(data.articles).toHaveLength(24)
    expect(r.stderr).toBe(
      `parallax analyze: skipped ${join(dir, 'blank.txt')}: blank.txt is empty.\n`
    )
    expect(r.code).toBe(4)
  }, 90_000)
})
