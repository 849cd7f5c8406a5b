import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { exportCommand } from './export'
import { importCommand } from './import'
import { listCommand } from './list'
import { storiesCommand } from './stories'

const dirs: string[] = []
const tempDir = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'parallax-ro-'))
  dirs.push(d)
  return d
}
let dataDir = ''
const HOSTILE = 'Summit\x1b]0;pwned\x07 report\x1b[2J'

beforeEach(async () => {
  vi.stubGlobal('__PARALLAX_VERSION__', 'test')
  dataDir = tempDir()
  vi.stubEnv('PARALLAX_DATA_DIR', dataDir)
  vi.stubEnv('PARALLAX_SAMPLES', tempDir())
  const src = tempDir()
  writeFileSync(join(src, 'a.txt'), 'Summit in Brussels\n\nThe summit opened on Tuesday.')
  await capture(() => importCommand([src], false))
  // A title as a hostile bundle could bring it in.
  const path = join(dataDir, 'library.json')
  const data = JSON.parse(readFileSync(path, 'utf8')) as { articles: { title: string }[] }
  for (const a of data.articles) a.title = HOSTILE
  writeFileSync(path, JSON.stringify(data))
  // A running host's write in flight, and no backup yet today.
  writeFileSync(join(dataDir, '.library.json.5e1f.tmp'), '{}')
  rmSync(join(dataDir, 'backups'), { recursive: true, force: true })
})
afterEach(() => {
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
  vi.unstubAllEnvs()
  dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }))
})

async function capture(run: () => Promise<number>) {
  const r = { code: -1, stdout: '', stderr: '' }
  vi.spyOn(process.stdout, 'write').mockImplementation((c) => ((r.stdout += String(c)), true))
  vi.spyOn(process.stderr, 'write').mockImplementation((c) => ((r.stderr += String(c)), true))
  try {
    r.code = await run()
  } finally {
    vi.restoreAllMocks()
  }
  return r
}

const snapshot = (dir: string): Record<string, string> =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true }).map((e) => {
      const p = join(e.parentPath, e.name)
      return [p, e.isDirectory() ? '' : readFileSync(p, 'base64')]
    })
  )

describe('list and export beside a running host', () => {
  it('list leaves the data folder byte-identical and prints titles without escapes', async () => {
    const before = snapshot(dataDir)
    const text = await capture(() => listCommand(false))
    const json = await capture(() => listCommand(true))
    expect(snapshot(dataDir)).toEqual(before)
    expect(text.stdout).toContain('Summit report')
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point
    expect(text.stdout + json.stdout).not.toMatch(/[\x07\x1b]/)
    expect((JSON.parse(json.stdout) as { title: string }[])[0]?.title).toBe(HOSTILE)
  })

  it('stories leaves the data folder byte-identical and prints titles without escapes', async () => {
    const before = snapshot(dataDir)
    const text = await capture(() => storiesCommand(false))
    const json = await capture(() => storiesCommand(true))
    expect(snapshot(dataDir)).toEqual(before)
    expect(text.stdout).toContain('Summit report')
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point
    expect(text.stdout + json.stdout).not.toMatch(/[\x07\x1b]/)
    expect(json.stdout).toContain(JSON.stringify(HOSTILE))
  })

  it('export leaves the data folder byte-identical', async () => {
    const before = snapshot(dataDir)
    const out = join(tempDir(), 'brief.md')
    expect((await capture(() => exportCommand({ format: 'bundle', out }))).code).toBe(0)
    expect(readFileSync(out, 'utf8')).toContain('The summit opened on Tuesday.')
    expect(snapshot(dataDir)).toEqual(before)
  })
})
