import { access, mkdir, readdir, readFile, rename, rm, unlink } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { randomBytes } from 'node:crypto'
import type { Chunk, StorageAdapterInterface, StorageKey } from '@automerge/automerge-repo'
import { fsyncDir, writeNewFileSynced } from '../services/atomic-file'
import { isWholeAutomergeData } from './chunk-check'

/** A stored chunk that failed its checksum at load, moved aside so it is never read again. */
export type DamagedChunk = { key: StorageKey; movedTo: string }

const SEGMENT = /^[A-Za-z0-9_-]{1,200}$/
const SUFFIX = '.chunk'
const TMP = '.tmp'
const DAMAGED = '.damaged'

/** Keys whose values are Automerge data, which carry their own checksums. */
const isDocData = (key: StorageKey): boolean => key[1] === 'snapshot' || key[1] === 'incremental'

/**
 * automerge-repo storage that survives SIGKILL and power loss at any point. Each value is
 * written to a temporary file in `.tmp/`, fsynced, renamed over its place and the folder is
 * fsynced, so a save that resolved is on disk and a save that did not leaves only a temporary
 * file, which is deleted on open. At load every chunk is read and checked on its own: a
 * damaged chunk is moved to `.damaged/` and reported, and the others still load (the stock
 * NodeFS adapter writes in place and concatenates all chunks, so one torn chunk hid the rest).
 *
 * Layout: the key [a, b, c] lives at root/a/b/c.chunk. Key segments are limited to letters,
 * digits, `_` and `-` (what automerge-repo uses), so no key can reach outside the root or
 * collide with `.tmp/`; any other key is refused with an error naming it.
 */
export class AtomicFsStorage implements StorageAdapterInterface {
  private ready: Promise<void> | null = null
  private knownDirs = new Set<string>()
  private inFlight = new Set<Promise<unknown>>()
  private closed = false

  constructor(
    readonly root: string,
    private readonly onDamaged: (d: DamagedChunk) => void = () => undefined,
    /** Reads only: writes and removals are ignored and nothing on disk is cleaned or moved. */
    private readonly readOnly = false
  ) {}

  async load(key: StorageKey): Promise<Uint8Array | undefined> {
    await this.init()
    const data = await readIfExists(this.fileOf(key))
    if (data === undefined || !isDocData(key) || isWholeAutomergeData(data)) return data
    if (!this.readOnly) await this.quarantine(key)
    return undefined
  }

  /**
   * Waits for writes in flight, then ignores later writes and removals. automerge-repo's
   * throttled background save can fire after Repo.shutdown(), whose flush already wrote
   * everything; close after shutdown so that late duplicate never touches a folder the caller
   * has moved on from.
   */
  async close(): Promise<void> {
    this.closed = true
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight])
  }

  save(key: StorageKey, data: Uint8Array): Promise<void> {
    return this.track(() => this.write(key, data))
  }

  private async write(key: StorageKey, data: Uint8Array): Promise<void> {
    await this.init()
    const target = this.fileOf(key)
    const tmp = join(this.root, TMP, `${randomBytes(8).toString('hex')}${SUFFIX}`)
    try {
      await writeNewFileSynced(tmp, data)
      await this.ensureDir(dirname(target))
      await rename(tmp, target)
    } catch (e) {
      await unlink(tmp).catch(() => undefined)
      throw e
    }
    await fsyncDir(dirname(target))
  }

  // Removals are not fsynced: one that is undone by a crash brings back a chunk whose changes
  // are also in the snapshot that replaced it, which Automerge loads as a no-op.
  remove(key: StorageKey): Promise<void> {
    return this.track(async () => {
      await this.init()
      await rm(this.fileOf(key), { force: true })
    })
  }

  async loadRange(prefix: StorageKey): Promise<Chunk[]> {
    await this.init()
    const keys = await this.keysUnder(prefix)
    const out: Chunk[] = []
    for (const key of keys) {
      const data = await this.load(key)
      if (data !== undefined) out.push({ key, data })
    }
    return out
  }

  removeRange(prefix: StorageKey): Promise<void> {
    return this.track(async () => {
      await this.init()
      if (prefix.length > 0) await rm(this.fileOf(prefix), { force: true })
      await rm(this.dirOf(prefix), { recursive: true, force: true })
      this.knownDirs = new Set([...this.knownDirs].filter((d) => !d.startsWith(this.dirOf(prefix))))
    })
  }

  private async track(op: () => Promise<void>): Promise<void> {
    if (this.closed || this.readOnly) return
    const p = op()
    this.inFlight.add(p)
    try {
      await p
    } finally {
      this.inFlight.delete(p)
    }
  }

  /** Every stored key that starts with `prefix`, found by walking its folder. */
  private async keysUnder(prefix: StorageKey): Promise<StorageKey[]> {
    const keys: StorageKey[] = []
    if (prefix.length > 0 && (await exists(this.fileOf(prefix)))) keys.push(prefix)
    const walk = async (dir: string, key: StorageKey): Promise<void> => {
      const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
      for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
        if (e.name.startsWith('.')) continue
        if (e.isDirectory()) await walk(join(dir, e.name), [...key, e.name])
        else if (e.name.endsWith(SUFFIX)) keys.push([...key, e.name.slice(0, -SUFFIX.length)])
      }
    }
    await walk(this.dirOf(prefix), prefix)
    return keys
  }

  private async quarantine(key: StorageKey): Promise<void> {
    const movedTo = join(this.root, DAMAGED, `${key.join('~')}~${Date.now()}${SUFFIX}`)
    await mkdir(join(this.root, DAMAGED), { recursive: true })
    await rename(this.fileOf(key), movedTo).catch(() => undefined)
    this.onDamaged({ key, movedTo })
  }

  /** Creates the root and `.tmp/`, and deletes temporary files a crash left behind. */
  private init(): Promise<void> {
    if (this.readOnly) return Promise.resolve()
    this.ready ??= (async () => {
      await mkdir(join(this.root, TMP), { recursive: true, mode: 0o700 })
      for (const name of await readdir(join(this.root, TMP)))
        await rm(join(this.root, TMP, name), { recursive: true, force: true })
    })()
    return this.ready
  }

  /** Makes a folder and each new parent durable, so a renamed file is not lost with them. */
  private async ensureDir(dir: string): Promise<void> {
    if (this.knownDirs.has(dir) || dir === this.root) return
    await this.ensureDir(dirname(dir))
    const created = await mkdir(dir, { recursive: true, mode: 0o700 })
    if (created !== undefined) await fsyncDir(dirname(dir))
    this.knownDirs.add(dir)
  }

  private dirOf(key: StorageKey): string {
    return join(this.root, ...key.map(checkSegment))
  }

  private fileOf(key: StorageKey): string {
    if (key.length === 0) throw new Error('A storage key needs at least one part.')
    return `${this.dirOf(key)}${SUFFIX}`
  }
}

function checkSegment(s: string): string {
  if (!SEGMENT.test(s))
    throw new Error(
      `The storage key part ${JSON.stringify(s)} is not allowed: use letters, digits, _ and -.`
    )
  return s
}

async function readIfExists(path: string): Promise<Uint8Array | undefined> {
  try {
    return new Uint8Array(await readFile(path))
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw e
  }
}

const exists = (path: string): Promise<boolean> =>
  access(path).then(
    () => true,
    () => false
  )
