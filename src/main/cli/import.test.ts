import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { importCommand } from './import'

const dirs: string[] = []
const tempDir = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'parallax-import-'))
  dirs.push(d)
  return d
}

beforeEach(() => {
  // Set by the build; the command line reports it as the library's version.
  vi.stubGlobal('__PARALLAX_VERSION__', 'test')
  vi.stubEnv('PARALLAX_DATA_DIR', tempDir())
  vi.stubEnv('PARALLAX_SAMPLES', tempDir())
})
afterEach(() => {
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
  vi.unstubAllEnvs()
  dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }))
})

async function run(paths: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const r = { code: -1, stdout: '', stderr: '' }
  vi.spyOn(process.stdout, 'write').mockImplementation((c) => ((r.stdout += String(c)), true))
  vi.spyOn(process.stderr, 'write').mockImplementation((c) => ((r.stderr += String(c)), true))
  r.code = await importCommand(paths, false)
  vi.restoreAllMocks()
  return r
}

describe('parallax import', () => {
  it('skips bad files with one warning line each and imports the rest', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'a.txt'), 'The summit opened on Tuesday in Brussels.\n\nLeaders met.')
    writeFileSync(join(dir, 'b.txt'), '')
    writeFileSync(join(dir, 'c.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]))
    writeFileSync(join(dir, 'd.txt'), 'A second article about the talks, in Geneva this time.')
    const r = await run([dir])
    expect(r.code).toBe(4)
    expect(
      r.stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split('\t')[0])
    ).toEqual([join(dir, 'a.txt'), join(dir, 'd.txt')])
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      `parallax import: skipped ${join(dir, 'b.txt')}: b.txt is empty.`,
      `parallax import: skipped ${join(dir, 'c.txt')}: c.txt looks like a PNG image, not an article.`,
      'parallax import: 2 of 4 imported or already present, 2 skipped'
    ])
  })

  it('exits 0 when nothing was skipped', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'a.txt'), 'The summit opened on Tuesday in Brussels.')
    expect((await run([dir])).code).toBe(0)
  })
})
