import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { getHeads } from '@automerge/automerge'
import { Repo, type AutomergeUrl, type StorageAdapterInterface } from '@automerge/automerge-repo'
import { shutdownRepo } from '../client/shutdown'
import { MemoryStorage } from './memory-storage'
import { STICK_SEALED, usbSync } from './stick'

type Lib = { name: string; notes: Record<string, string>; tags: Record<string, boolean> }

const dirs: string[] = []
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true })
})
const stickDir = async (): Promise<string> => {
  const d = await mkdtemp(join(tmpdir(), 'parallax-stick-'))
  dirs.push(d)
  return d
}

// Open sticks' storages, one per folder, as the file adapter would keep them on the medium.
const media = new Map<string, MemoryStorage>()
const fileStorage = (root: string): StorageAdapterInterface => {
  if (!media.has(root)) media.set(root, new MemoryStorage())
  return media.get(root)!
}

/** Opens a site's repo, runs `edit`, and stores the result, as the app would between syncs. */
async function atSite<T>(site: MemoryStorage, edit: (repo: Repo) => Promise<T>): Promise<T> {
  const repo = new Repo({ storage: site })
  try {
    return await edit(repo)
  } finally {
    await shutdownRepo(repo)
  }
}
const read = (site: MemoryStorage, url: AutomergeUrl): Promise<{ doc: Lib; heads: string }> =>
  atSite(site, async (repo) => {
    const h = await repo.find<Lib>(url)
    return { doc: JSON.parse(JSON.stringify(h.doc())) as Lib, heads: getHeads(h.doc()).join() }
  })
const edit = (site: MemoryStorage, url: AutomergeUrl, change: (d: Lib) => void): Promise<void> =>
  atSite(site, async (repo) => (await repo.find<Lib>(url)).change(change))

async function threeSites(): Promise<{
  a: MemoryStorage
  b: MemoryStorage
  c: MemoryStorage
  url: AutomergeUrl
}> {
  const a = new MemoryStorage()
  const url = await atSite(
    a,
    async (repo) =>
      repo.create<Lib>({ name: 'Team', notes: { n1: 'from A' }, tags: { wire: true } }).url
  )
  return { a, b: new MemoryStorage(), c: new MemoryStorage(), url }
}

async function expectSame(url: AutomergeUrl, ...sites: MemoryStorage[]): Promise<Lib> {
  const all = await Promise.all(sites.map((s) => read(s, url)))
  for (const s of all) {
    expect(s.heads).toBe(all[0]!.heads)
    expect(s.doc).toEqual(all[0]!.doc)
  }
  return all[0]!.doc
}

describe('usb-sync across three sites', () => {
  it('one way, as through a diode: A writes the stick, B and C only read it', async () => {
    const { a, b, c, url } = await threeSites()
    const stick = await stickDir()
    const out = await usbSync({ stickDir: stick, local: a, fileStorage })
    expect(out).toMatchObject({ documents: 1, toStick: 1, fromStick: 0, sealed: false })
    expect((await usbSync({ stickDir: stick, local: b, fileStorage })).fromStick).toBe(1)
    await usbSync({ stickDir: stick, local: c, fileStorage })
    expect((await expectSame(url, a, b, c)).notes).toEqual({ n1: 'from A' })
  })

  it('two ways: each site edits offline, the stick goes round, nothing is lost', async () => {
    const { a, b, c, url } = await threeSites()
    const stick = await stickDir()
    await usbSync({ stickDir: stick, local: a, fileStorage })
    await usbSync({ stickDir: stick, local: b, fileStorage })
    await usbSync({ stickDir: stick, local: c, fileStorage })
    await edit(a, url, (d) => (d.notes.a = 'A offline'))
    await edit(b, url, (d) => {
      d.notes.b = 'B offline'
      d.tags.disputed = true
    })
    await edit(c, url, (d) => (d.tags.wire = false))
    for (const site of [a, b, c, a, b]) await usbSync({ stickDir: stick, local: site, fileStorage })
    const doc = await expectSame(url, a, b, c)
    expect(doc.notes).toEqual({ n1: 'from A', a: 'A offline', b: 'B offline' })
    expect(doc.tags).toEqual({ wire: false, disputed: true })
  })

  it('sealed: round trips with the passphrase; a tampered stick or a wrong passphrase is refused and changes nothing', async () => {
    const { a, b, c, url } = await threeSites()
    const stick = await stickDir()
    const passphrase = 'correct horse battery'
    expect((await usbSync({ stickDir: stick, local: a, fileStorage, passphrase })).sealed).toBe(
      true
    )
    const sealed = await readFile(join(stick, STICK_SEALED))
    expect(sealed.includes(Buffer.from('from A'))).toBe(false)
    await usbSync({ stickDir: stick, local: b, fileStorage, passphrase })
    await edit(b, url, (d) => (d.notes.b = 'B via sealed stick'))
    await usbSync({ stickDir: stick, local: b, fileStorage, passphrase })
    await usbSync({ stickDir: stick, local: c, fileStorage, passphrase })
    await usbSync({ stickDir: stick, local: a, fileStorage, passphrase })
    expect((await expectSame(url, a, b, c)).notes.b).toBe('B via sealed stick')

    const good = await readFile(join(stick, STICK_SEALED))
    const tampered = Buffer.from(good)
    tampered[Math.floor(tampered.length / 2)]! ^= 0x01
    await writeFile(join(stick, STICK_SEALED), tampered)
    const fresh = new MemoryStorage()
    await expect(
      usbSync({ stickDir: stick, local: fresh, fileStorage, passphrase })
    ).rejects.toThrow(/changed after it was sealed/)
    expect(fresh.data.size).toBe(0)
    expect(await readFile(join(stick, STICK_SEALED))).toEqual(tampered)
    await writeFile(join(stick, STICK_SEALED), good)
    await expect(
      usbSync({ stickDir: stick, local: fresh, fileStorage, passphrase: 'not the passphrase' })
    ).rejects.toThrow(/passphrase is not the team passphrase/)
    await expect(usbSync({ stickDir: stick, local: fresh, fileStorage })).rejects.toThrow(
      /sealed team stick: give the team passphrase/
    )
  }, 60_000)
})
