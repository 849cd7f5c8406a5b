import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Low, Memory } from 'lowdb'
import { afterEach, describe, expect, it } from 'vitest'
import { DurableJSONFile } from './durable-json-file'
import { Store } from './store'

type Data = { notes: string[] }
const dirs: string[] = []
const tempDir = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'parallax-store-'))
  dirs.push(d)
  return d
}
afterEach(() => {
  for (const d of dirs.splice(0)) {
    chmodSync(d, 0o700)
    rmSync(d, { recursive: true, force: true })
  }
})

describe('Store', () => {
  it('acknowledges a change only once it is on disk', async () => {
    const path = join(tempDir(), 'db.json')
    const store = new Store(new Low<Data>(new DurableJSONFile(path), { notes: [] }), () => ({
      notes: []
    }))
    const r = await store.update((d) => d.notes.push('first'))
    expect(r.ok).toBe(true)
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ notes: ['first'] })
  })

  it('writes concurrent changes together and loses none of them', async () => {
    const path = join(tempDir(), 'db.json')
    const store = new Store(new Low<Data>(new DurableJSONFile(path), { notes: [] }), () => ({
      notes: []
    }))
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => store.update((d) => d.notes.push(`n${i}`)))
    )
    expect(results.every((r) => r.ok)).toBe(true)
    const onDisk = JSON.parse(readFileSync(path, 'utf8')) as Data
    expect(onDisk.notes).toHaveLength(50)
    expect(new Set(onDisk.notes).size).toBe(50)
  })

  it('reports a read-only folder clearly and keeps memory equal to the disk', async () => {
    if (process.getuid?.() === 0) {
      // root ignores file modes; simulate the same failure through an adapter that refuses.
      const failing = new Memory<Data>()
      failing.write = async () =>
        Promise.reject(Object.assign(new Error('EROFS'), { code: 'EROFS' }))
      const db = new Low<Data>(failing, { notes: ['kept'] })
      const store = new Store(db, () => ({ notes: [] }))
      const r = await store.update((d) => d.notes.push('lost'))
      expect(r.ok).toBe(false)
      if (!r.ok) expect(r.error.code).toBe('read-only')
      return
    }
    const dir = tempDir()
    const path = join(dir, 'db.json')
    const store = new Store(new Low<Data>(new DurableJSONFile(path), { notes: [] }), () => ({
      notes: []
    }))
    await store.update((d) => d.notes.push('kept'))
    chmodSync(dir, 0o500)
    const r = await store.update((d) => d.notes.push('refused'))
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error.message).toMatch(/read-only/)
    expect(store.data.notes).toEqual(['kept'])
  })

  it('rolls memory back to the durable state when a write fails', async () => {
    const path = join(tempDir(), 'db.json')
    const adapter = new DurableJSONFile<Data>(path)
    const db = new Low<Data>(adapter, { notes: [] })
    const store = new Store(db, () => ({ notes: [] }))
    await store.update((d) => d.notes.push('durable'))
    const realWrite = adapter.write.bind(adapter)
    adapter.write = async () =>
      Promise.reject(Object.assign(new Error('no space'), { code: 'ENOSPC' }))
    const r = await store.update((d) => d.notes.push('not durable'))
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error.code).toBe('disk-full')
    expect(store.data.notes).toEqual(['durable'])
    adapter.write = realWrite
    expect((await store.update((d) => d.notes.push('again'))).ok).toBe(true)
    expect(JSON.parse(readFileSync(path, 'utf8')).notes).toEqual(['durable', 'again'])
  })

  it('returns a mutation error to its caller without failing the others in the batch', async () => {
    const store = new Store(new Low<Data>(new Memory<Data>(), { notes: [] }), () => ({ notes: [] }))
    const [bad, good] = await Promise.all([
      store.update(() => {
        throw new Error('tag name is empty')
      }),
      store.update((d) => d.notes.push('fine'))
    ])
    expect(bad.ok).toBe(false)
    if (!bad.ok) expect(bad.error.message).toBe('tag name is empty')
    expect(good.ok).toBe(true)
  })
})
