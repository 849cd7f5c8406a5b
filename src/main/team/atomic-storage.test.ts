import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync
} from 'node:fs'
import { cpSync, existsSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as A from '@automerge/automerge'
import { Repo, type AutomergeUrl } from '@automerge/automerge-repo'
import { afterEach, describe, expect, it } from 'vitest'
import { AtomicFsStorage, type DamagedChunk } from './atomic-storage'

const dirs: string[] = []
const tmp = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'px-team-store-'))
  dirs.push(d)
  return d
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

/** Every stored file under root, as paths relative to it (temporary files included). */
function files(root: string, rel = ''): string[] {
  return readdirSync(join(root, rel), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(root, join(rel, e.name)) : [join(rel, e.name)]
  )
}
const chunkFiles = (root: string): string[] =>
  files(root).filter((f) => !f.startsWith('.') && /(snapshot|incremental)/.test(f))

/** Loads a document the way automerge-repo does: every chunk of the range, in one call. */
async function loadDoc(s: AtomicFsStorage, id: string): Promise<Record<string, unknown>> {
  const chunks = [
    ...(await s.loadRange([id, 'snapshot'])),
    ...(await s.loadRange([id, 'incremental']))
  ]
  let doc = A.init<Record<string, unknown>>()
  for (const c of chunks) if (c.data) doc = A.loadIncremental(doc, c.data)
  return doc
}

type Notes = { notes: Record<string, A.ImmutableString> }

/** Adds notes one at a time through a Repo, each acknowledged only after flush. */
async function acknowledgedNotes(root: string, n: number): Promise<[AutomergeUrl, string[]]> {
  const storage = new AtomicFsStorage(root)
  const repo = new Repo({ storage, network: [] })
  const h = repo.create<Notes>({ notes: {} })
  const acked: string[] = []
  for (let i = 0; i < n; i++) {
    h.change(
      (d) => void (d.notes[`an-${i}`] = new A.ImmutableString(randomBytes(200).toString('hex')))
    )
    await repo.flush()
    acked.push(`an-${i}`)
  }
  await repo.shutdown()
  await storage.close()
  return [h.url, acked]
}

async function reopen(root: string, url: AutomergeUrl, damaged: DamagedChunk[] = []) {
  const storage = new AtomicFsStorage(root, (d) => damaged.push(d))
  const repo = new Repo({ storage, network: [] })
  try {
    const h = await repo.find<Notes>(url)
    return Object.keys(h.doc().notes).sort()
  } finally {
    await repo.shutdown()
    await storage.close()
  }
}

describe('AtomicFsStorage', () => {
  it('stores, lists, removes values by key and refuses keys that could leave its folder', async () => {
    const s = new AtomicFsStorage(tmp())
    await s.save(['doc1', 'sync-state', 'peer-a'], new Uint8Array([1, 2]))
    await s.save(['doc1', 'sync-state', 'peer-b'], new Uint8Array([3]))
    await s.save(['doc2', 'sync-state', 'peer-a'], new Uint8Array([4]))
    expect(await s.load(['doc1', 'sync-state', 'peer-a'])).toEqual(new Uint8Array([1, 2]))
    expect(await s.load(['doc1', 'nothing'])).toBeUndefined()
    expect((await s.loadRange(['doc1'])).map((c) => c.key.join('/'))).toEqual([
      'doc1/sync-state/peer-a',
      'doc1/sync-state/peer-b'
    ])
    await s.remove(['doc1', 'sync-state', 'peer-a'])
    await s.removeRange(['doc2'])
    expect((await s.loadRange([])).map((c) => c.key.join('/'))).toEqual(['doc1/sync-state/peer-b'])
    await expect(s.save(['..', 'x'], new Uint8Array([1]))).rejects.toThrow(/not allowed/)
    await expect(s.save(['a/b'], new Uint8Array([1]))).rejects.toThrow(/not allowed/)
    await expect(s.load(['.tmp', 'x'])).rejects.toThrow(/not allowed/)
  })

  it('keeps every acknowledged edit when a crash leaves a torn temporary file of each chunk', async () => {
    const root = tmp()
    const [url, acked] = await acknowledgedNotes(root, 16)
    const chunks = chunkFiles(root)
    expect(chunks.length).toBeGreaterThan(1)
    for (const chunk of chunks) {
      // A crash during a later save of this chunk leaves a partial copy in .tmp/ only.
      const copy = tmp()
      cpSync(root, copy, { recursive: true })
      const bytes = readFileSync(join(root, chunk))
      writeFileSync(join(copy, '.tmp', 'crashed.chunk'), bytes.subarray(0, bytes.length >> 1))
      writeFileSync(join(copy, '.tmp', 'empty.chunk'), new Uint8Array())
      expect(await reopen(copy, url)).toEqual([...acked].sort())
      expect(readdirSync(join(copy, '.tmp'))).toEqual([])
    }
  })

  it('loads every other chunk when one stored chunk is torn, and moves the torn one aside', async () => {
    // Chunks from independent writers: each holds exactly one analyst's annotation, so what
    // must survive a torn chunk is known exactly.
    const root = tmp()
    const s = new AtomicFsStorage(root)
    const ids = Array.from({ length: 6 }, (_, i) => `an-${i}`)
    for (const [i, id] of ids.entries()) {
      const d = A.change(A.init<Record<string, unknown>>({ actor: `0${i}`.repeat(8) }), (x) => {
        x[id] = new A.ImmutableString(`by analyst ${i}`)
      })
      const bytes = A.save(d)
      await s.save(['doc', 'incremental', `h${i}`], bytes)
    }
    expect(Object.keys(await loadDoc(s, 'doc')).sort()).toEqual(ids)
    for (const [i, chunk] of chunkFiles(root).entries()) {
      const copy = tmp()
      cpSync(root, copy, { recursive: true })
      const size = readFileSync(join(copy, chunk)).length
      truncateSync(join(copy, chunk), size >> 1)
      const damaged: DamagedChunk[] = []
      const loaded = await loadDoc(new AtomicFsStorage(copy, (d) => damaged.push(d)), 'doc')
      expect(Object.keys(loaded).sort()).toEqual(ids.filter((_, j) => j !== i))
      expect(damaged.map((d) => d.key.join('/'))).toEqual([`doc/incremental/h${i}`])
      expect(existsSync(join(copy, chunk))).toBe(false)
      expect(existsSync(damaged[0]!.movedTo)).toBe(true)
    }
  })

  it('never lets a torn chunk of a repo document break its load, and reports it', async () => {
    const root = tmp()
    const [url, acked] = await acknowledgedNotes(root, 16)
    for (const chunk of chunkFiles(root)) {
      const copy = tmp()
      cpSync(root, copy, { recursive: true })
      truncateSync(join(copy, chunk), 7)
      const damaged: DamagedChunk[] = []
      // Changes that depend on the lost chunk wait for it (a peer resends it); none appear
      // that were never acknowledged, and the damage is reported rather than loaded.
      const keys = await reopen(copy, url, damaged).catch(() => [])
      expect(keys.every((k) => acked.includes(k))).toBe(true)
      expect(damaged).toHaveLength(1)
    }
  })
})
