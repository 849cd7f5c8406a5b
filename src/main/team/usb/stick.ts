import { access, mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { StorageAdapterInterface } from '@automerge/automerge-repo'
import { writeFileAtomic } from '../../services/atomic-file'
import { MemoryStorage } from './memory-storage'
import { pack, unpack } from './pack'
import { deriveKey, seal, sealParams, SealError, unseal, type SealKey } from './seal'
import { syncStorages, type SyncReport } from './sync-repos'

/** The folder of an open stick's repo, and the file of a sealed one, inside the stick's DIR. */
export const STICK_REPO = 'parallax-team'
export const STICK_SEALED = 'parallax-team.sealed'

export type UsbSyncOptions = {
  /** The removable medium (or any folder standing for it). */
  stickDir: string
  /** This machine's team repo storage. */
  local: StorageAdapterInterface
  /** Makes the crash-atomic file storage for an open (unsealed) stick. */
  fileStorage: (root: string) => StorageAdapterInterface
  /** Seals the stick with AES-256-GCM under this passphrase; a sealed stick needs it. */
  passphrase?: string
  /** log2 of scrypt's N when sealing a new stick (default 17); a sealed stick keeps its own. */
  scryptCost?: number
}

/**
 * Syncs every document between this machine and a stick, both ways. An open stick is a repo
 * folder written chunk by chunk with the atomic adapter; a sealed one is a single encrypted
 * file, opened into memory, synced, and replaced atomically only after the sync converged,
 * so a refused or interrupted sync leaves the stick as it was.
 */
export async function usbSync(o: UsbSyncOptions): Promise<SyncReport & { sealed: boolean }> {
  const sealedPath = join(o.stickDir, STICK_SEALED)
  const openPath = join(o.stickDir, STICK_REPO)
  const [hasSealed, hasOpen] = await Promise.all([exists(sealedPath), exists(openPath)])
  if (o.passphrase === undefined) {
    if (hasSealed)
      throw new SealError(`${o.stickDir} holds a sealed team stick: give the team passphrase.`)
    await mkdir(openPath, { recursive: true })
    return { ...(await syncStorages(o.local, o.fileStorage(openPath))), sealed: false }
  }
  if (hasOpen)
    throw new SealError(
      `${o.stickDir} holds an unsealed team stick (${STICK_REPO}/); sync it without a passphrase, or use another stick.`
    )
  const { storage, key } = await openSealed(sealedPath, o.passphrase, hasSealed, o.scryptCost)
  const report = await syncStorages(o.local, storage)
  await writeFileAtomic(sealedPath, seal(pack(await storage.loadRange([])), key))
  return { ...report, sealed: true }
}

async function openSealed(
  path: string,
  passphrase: string,
  present: boolean,
  cost?: number
): Promise<{ storage: MemoryStorage; key: SealKey }> {
  const storage = new MemoryStorage()
  if (!present) return { storage, key: await deriveKey(passphrase, undefined, cost) }
  const file = await readFile(path)
  const p = sealParams(file)
  const key = await deriveKey(passphrase, p.salt, p.logN, p.r, p.p)
  let chunks
  try {
    chunks = unpack(unseal(file, key))
  } catch (e) {
    if (e instanceof SealError) throw e
    throw new SealError(
      `The sealed stick opened but its contents are damaged: ${(e as Error).message}`
    )
  }
  for (const c of chunks) if (c.data) await storage.save(c.key, c.data)
  return { storage, key }
}

const exists = (p: string): Promise<boolean> =>
  access(p).then(
    () => true,
    () => false
  )
