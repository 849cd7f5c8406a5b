import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest'
import { createServices, type Services } from '.'
import * as fingerprints from './import/fingerprints'
import { ParagraphIndex } from './near-duplicates'

// Counts what this thread hashes and fingerprints; the import worker runs its own copy.
vi.mock('./import/fingerprints', async (original) => {
  const real = await original<typeof import('./import/fingerprints')>()
  return {
    ...real,
    contentHash: vi.fn(real.contentHash),
    paragraphFingerprints: vi.fn(real.paragraphFingerprints),
    digestOf: vi.fn(real.digestOf)
  }
})

const dirs: string[] = []
const open: Services[] = []
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()))
  dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }))
})
afterAll(async () => (await import('./import')).closeExtractWorkers())

const paragraph = (i: number): string =>
  `Report ${i}: officials said ${1000 + i} troops crossed the border on Monday, according to two people briefed on the matter, and the talks resumed late in the evening.`
const article = (from: number, n: number): string =>
  Array.from({ length: n }, (_, i) => paragraph(from + i)).join('\n\n')

async function services(): Promise<Services> {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-off-thread-'))
  dirs.push(dir)
  const s = await createServices({
    dataDir: dir,
    transport: 'http',
    version: 'test',
    sampleDir: null,
    engineChannel: { request: async () => [] as never, close: async () => undefined }
  })
  open.push(s)
  return s
}

const mainThreadWork = (): number =>
  vi.mocked(fingerprints.contentHash).mock.calls.length +
  vi.mocked(fingerprints.paragraphFingerprints).mock.calls.length +
  vi.mocked(fingerprints.digestOf).mock.calls.length

describe('storing a long article', () => {
  it('hashes and fingerprints it in the import worker, answering other requests meanwhile', async () => {
    const s = await services()
    const first = await s.api.importArticle({ name: 'first.txt', data: enc(article(0, 40)) })
    expect(first.ok && first.value.status).toBe('imported')
    vi.clearAllMocks()

    // About 1 MB: the first article's paragraphs over and over, then a few new ones, so it is
    // a near duplicate, which only correct fingerprints can tell.
    const long = [...Array(150).fill(article(0, 40)), article(40, 20)].join('\n\n')
    let answered = 0
    const other = setInterval(() => void s.api.appInfo().then((r) => r.ok && answered++), 1)
    const r = await s.api.importArticle({ name: 'long.txt', data: enc(long) })
    clearInterval(other)

    expect(r.ok && r.value.status).toBe('imported')
    const id = r.ok && r.value.status === 'imported' ? r.value.id : ''
    expect(r.ok && r.value.status === 'imported' && r.value.nearDuplicateOf).toBe(
      first.ok && first.value.status === 'imported' ? first.value.id : 'first'
    )
    expect(mainThreadWork()).toBe(0)
    expect(answered).toBeGreaterThan(0)
    // The hash the worker sent is the stored text's, so the same file is seen as a duplicate.
    const stored = await s.api.openArticle(id)
    const real = await vi.importActual<typeof fingerprints>('./import/fingerprints')
    expect(s.library.meta(id)?.contentHash).toBe(stored.ok && real.contentHash(stored.value.text))
    const again = await s.api.importArticle({ name: 'again.txt', data: enc(long) })
    expect(again.ok && again.value.status).toBe('duplicate')
  })
})

describe('the near-duplicate index', () => {
  it('lets other callbacks run between articles while it loads a library', async () => {
    const index = new ParagraphIndex(async () => [
      { id: 'a', text: article(0, 30) },
      { id: 'b', text: article(100, 30) }
    ])
    let ran = false
    setImmediate(() => (ran = true))
    await index.ready()
    expect(ran).toBe(true)
    expect(index.find(fingerprints.paragraphFingerprints(article(100, 30)))).toBe('b')
  })
})

const enc = (s: string): Uint8Array => new TextEncoder().encode(s)
