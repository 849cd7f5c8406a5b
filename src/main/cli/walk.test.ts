import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { expandPaths } from './walk'

const dirs: string[] = []
const tempDir = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'parallax-walk-'))
  dirs.push(d)
  return d
}
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })))

const KEY = '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n'

describe('expandPaths', () => {
  it('ends a folder holding two links to itself, reading each file once', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'a.txt'), 'An article.')
    symlinkSync('.', join(dir, 'loop1'))
    symlinkSync(dir, join(dir, 'loop2'))
    const started = Date.now()
    const entries = await expandPaths([dir])
    expect(Date.now() - started).toBeLessThan(2000)
    expect(entries).toEqual([
      { path: join(dir, 'a.txt') },
      { path: join(dir, 'loop1'), skip: 'a link to a folder already read' },
      { path: join(dir, 'loop2'), skip: 'a link to a folder already read' }
    ])
  })

  it('never leaves the named folder through a link, to a file or to a folder', async () => {
    const outside = tempDir()
    writeFileSync(join(outside, 'id_rsa.txt'), KEY)
    const dir = tempDir()
    writeFileSync(join(dir, 'a.txt'), 'An article.')
    symlinkSync(join(outside, 'id_rsa.txt'), join(dir, 'notes.txt'))
    symlinkSync(outside, join(dir, 'more'))
    const entries = await expandPaths([dir])
    expect(entries).toEqual([
      { path: join(dir, 'a.txt') },
      { path: join(dir, 'more'), skip: 'a link to somewhere outside the folder' },
      { path: join(dir, 'notes.txt'), skip: 'a link to somewhere outside the folder' }
    ])
  })

  it('follows a link that stays inside the folder, and reads a file reached twice once', async () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'sub'))
    writeFileSync(join(dir, 'sub', 'b.txt'), 'An article.')
    symlinkSync(join(dir, 'sub', 'b.txt'), join(dir, 'a-link.txt'))
    symlinkSync('sub', join(dir, 'z-sub'))
    const entries = await expandPaths([dir])
    expect(entries).toEqual([
      { path: join(dir, 'a-link.txt') },
      { path: join(dir, 'z-sub'), skip: 'a link to a folder already read' }
    ])
  })

  it('keeps a file without an extension only when it is plain text, and never a key', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'README'), 'Plain prose about the summit.\n')
    writeFileSync(join(dir, 'blob'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 3]))
    writeFileSync(join(dir, 'id_ed25519'), KEY)
    writeFileSync(join(dir, 'empty'), '')
    expect(await expandPaths([dir])).toEqual([
      { path: join(dir, 'README') },
      { path: join(dir, 'blob'), skip: 'no extension, and it is not plain text' },
      { path: join(dir, 'empty'), skip: 'it is empty' },
      {
        path: join(dir, 'id_ed25519'),
        skip: 'no extension, and it looks like a key or certificate'
      }
    ])
  })

  it('names missing paths, broken links and special files instead of reading them', async () => {
    const dir = tempDir()
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'broken.txt'))
    execFileSync('mkfifo', [join(dir, 'pipe.txt')])
    expect(await expandPaths([join(dir, 'missing.txt'), dir])).toEqual([
      { path: join(dir, 'missing.txt'), skip: 'no such file or folder (or a broken link)' },
      { path: join(dir, 'broken.txt'), skip: 'no such file or folder (or a broken link)' },
      { path: join(dir, 'pipe.txt'), skip: 'not a regular file' }
    ])
  })
})
