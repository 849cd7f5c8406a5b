import { execFileSync } from 'node:child_process'
import {
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { exportCommand, type ExportArgs } from './export'
import { importCommand } from './import'

const dirs: string[] = []
const mounts: string[] = []
const tempDir = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'parallax-export-'))
  dirs.push(d)
  return d
}
let dataDir = ''

beforeEach(async () => {
  vi.stubGlobal('__PARALLAX_VERSION__', 'test')
  dataDir = tempDir()
  vi.stubEnv('PARALLAX_DATA_DIR', dataDir)
  vi.stubEnv('PARALLAX_SAMPLES', tempDir())
  const src = tempDir()
  writeFileSync(join(src, 'a.txt'), 'Summit in Brussels\n\nThe summit opened on Tuesday.')
  await capture(() => importCommand([src], false))
})
afterEach(() => {
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
  vi.unstubAllEnvs()
  for (const m of mounts.splice(0)) execFileSync('umount', [m])
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

const exportTo = (out: string, more: Partial<ExportArgs> = {}) =>
  capture(() => exportCommand({ format: 'md', out, ...more }))

describe('parallax export --out', () => {
  it('never writes through a symbolic link planted at the target', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'victim'), 'precious')
    symlinkSync(join(dir, 'victim'), join(dir, 'brief.md'))
    const r = await exportTo(join(dir, 'brief.md'))
    expect(r.code).toBe(1)
    expect(r.stderr).toBe(
      `parallax export: ${join(dir, 'brief.md')} already exists (a symbolic link); add --force to replace it\n`
    )
    expect(readFileSync(join(dir, 'victim'), 'utf8')).toBe('precious')
    expect((await exportTo(join(dir, 'brief.md'), { force: true })).code).toBe(0)
    expect(readFileSync(join(dir, 'victim'), 'utf8')).toBe('precious')
    expect(lstatSync(join(dir, 'brief.md')).isSymbolicLink()).toBe(false)
    expect(readFileSync(join(dir, 'brief.md'), 'utf8')).toContain('Summit in Brussels')
  })

  it('keeps an existing file unless --force is given', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'brief.md'), 'last week')
    const r = await exportTo(join(dir, 'brief.md'))
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('already exists; add --force to replace it')
    expect(readFileSync(join(dir, 'brief.md'), 'utf8')).toBe('last week')
    expect((await exportTo(join(dir, 'brief.md'), { force: true })).code).toBe(0)
    expect(readFileSync(join(dir, 'brief.md'), 'utf8')).toContain('Summit in Brussels')
  })

  it('says in one line that the folder is missing, with no stack trace', async () => {
    const missing = join(tempDir(), 'no-such-folder')
    const r = await exportTo(join(missing, 'brief.md'))
    expect(r.code).toBe(1)
    expect(r.stderr).toBe(`parallax export: the folder ${missing} does not exist\n`)
  })

  it('leaves the old file whole when the disk fills during the write', async (t) => {
    const dir = tempDir()
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16k', 'tmpfs', dir], { stdio: 'ignore' })
    } catch {
      return t.skip('mounting a tiny tmpfs needs root')
    }
    mounts.push(dir)
    writeFileSync(join(dir, 'brief.md'), 'last week')
    const src = tempDir()
    writeFileSync(join(src, 'long.txt'), `Long report\n\n${'The talks went on. '.repeat(4000)}`)
    await capture(() => importCommand([src], false))
    const r = await exportTo(join(dir, 'brief.md'), { force: true, format: 'bundle' })
    expect(r.code).toBe(1)
    expect(r.stderr).toBe(
      `parallax export: the disk is full; ${join(dir, 'brief.md')} was not written\n`
    )
    expect(readFileSync(join(dir, 'brief.md'), 'utf8')).toBe('last week')
    expect(readdirSync(dir)).toEqual(['brief.md'])
  })
})
