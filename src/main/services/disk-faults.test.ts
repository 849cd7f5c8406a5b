import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Annotation } from '../../shared/model'
import { inProcessChannel } from './analysis/channels'
import { EngineHost } from './analysis/engine-host'
import { createServices, type Services } from '.'

/**
 * Real file-system faults, not simulated ones: a tiny tmpfs that fills up, and a mount made
 * read-only under the running services. Mounting needs root (CI and these machines run as
 * root); elsewhere the tests say why they did not run.
 */
const mounts: string[] = []
afterEach(() => {
  for (const m of mounts.splice(0)) {
    try {
      execFileSync('umount', [m])
    } catch {
      // already unmounted
    }
    rmSync(m, { recursive: true, force: true })
  }
})

function tmpfs(size: string): string | null {
  const dir = mkdtempSync(join(tmpdir(), 'px-fs-'))
  if (process.getuid?.() !== 0) return null
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'ignore' })
  } catch {
    return null
  }
  mounts.push(dir)
  return dir
}

const open = (dataDir: string): Promise<Services> =>
  createServices({
    dataDir,
    transport: 'http',
    version: 'test',
    sampleDir: null,
    engineChannel: inProcessChannel(new EngineHost([]))
  })

const article = (i: number): string =>
  `Dispatch ${i}\n\n${`Officials said ${i} convoys crossed the river at dawn on day ${i}. `.repeat(120)}`

const onDisk = (dir: string): string[] =>
  (
    JSON.parse(readFileSync(join(dir, 'library.json'), 'utf8')) as { articles: { id: string }[] }
  ).articles.map((a) => a.id)

const strays = (dir: string): string[] =>
  [dir, join(dir, 'texts'), join(dir, 'annotations')].flatMap((d) => {
    try {
      return readdirSync(d).filter((n) => n.endsWith('.tmp'))
    } catch {
      return []
    }
  })

describe('a full disk', () => {
  it('refuses the import that does not fit with "disk is full", and keeps every acknowledged one', async (ctx) => {
    const dir = tmpfs('400k')
    if (!dir) {
      console.log('skipped: mounting a tmpfs needs root; no full-disk test on this machine')
      return ctx.skip()
    }
    const services = await open(dir)
    const acked: string[] = []
    let failure: { code: string; message: string } | null = null
    for (let i = 0; i < 200 && !failure; i++) {
      const r = await services.api.importArticle({ pasted: article(i) })
      if (!r.ok) failure = r.error
      else if (r.value.status === 'imported') acked.push(r.value.id)
      else if (r.value.status === 'failed') failure = r.value
    }
    expect(failure?.code).toBe('disk-full')
    expect(failure?.message).toMatch(/disk is full/)
    expect(acked.length).toBeGreaterThan(3)
    // Memory, disk and the list the user sees agree: exactly the acknowledged articles.
    expect(
      services.library
        .list()
        .map((a) => a.id)
        .sort()
    ).toEqual([...acked].sort())
    expect(onDisk(dir).sort()).toEqual([...acked].sort())
    expect(strays(dir)).toEqual([])
    expect(readdirSync(join(dir, 'texts')).length).toBe(acked.length)
    // An annotation that does not fit is refused the same way and is not listed.
    const id = acked[0] as string
    const listed = async (): Promise<Annotation[]> => {
      const r = await services.api.listAnnotations([id])
      return r.ok ? r.value : []
    }
    const before = await listed()
    let annotationError: string | null = null
    for (let i = 0; i < 400 && !annotationError; i++) {
      const r = await services.api.createAnnotation({
        article: id,
        start: 0,
        end: 8,
        color: 'yellow',
        note: 'x'.repeat(2000)
      })
      if (!r.ok) annotationError = r.error.code
      else before.push(r.value)
    }
    expect(annotationError).toBe('disk-full')
    expect((await listed()).map((a) => a.id).sort()).toEqual(before.map((a) => a.id).sort())
    await services.close()
    const reopened = await open(dir)
    expect(reopened.library.list()).toHaveLength(acked.length)
    await reopened.close()
  })
})

describe('a read-only data folder', () => {
  it('says so, changes nothing in memory or on disk, and works again once writable', async (ctx) => {
    const dir = tmpfs('8m')
    if (!dir) {
      console.log('skipped: mounting a tmpfs needs root; no read-only test on this machine')
      return ctx.skip()
    }
    const services = await open(dir)
    const r = await services.api.importArticle({ pasted: article(1) })
    const id = r.ok && r.value.status === 'imported' ? r.value.id : ''
    expect(id).not.toBe('')
    execFileSync('mount', ['-o', 'remount,ro', dir])
    const tagged = await services.api.setArticleTags(id, ['refused'])
    expect(tagged.ok).toBe(false)
    if (!tagged.ok) {
      expect(tagged.error.code).toBe('read-only')
      expect(tagged.error.message).toMatch(/read-only/)
    }
    expect(services.library.meta(id)?.tags).toEqual([])
    const imported = await services.api.importArticle({ pasted: article(2) })
    expect(imported.ok && imported.value.status).toBe('failed')
    expect(services.library.list()).toHaveLength(1)
    execFileSync('mount', ['-o', 'remount,rw', dir])
    expect((await services.api.setArticleTags(id, ['accepted'])).ok).toBe(true)
    await services.close()
    const reopened = await open(dir)
    expect(reopened.library.meta(id)?.tags).toEqual(['accepted'])
    await reopened.close()
  })
})
