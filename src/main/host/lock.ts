import { open, readFile, unlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

export type LockInfo = { pid: number; url?: string; startedAt: string }

/** Whether a process with this pid is alive (EPERM means alive, owned by someone else). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Takes <dataDir>/parallax.lock so two hosts never open the same store. A lock left by a dead
 * process is taken over. Returns a release function, or the holder's details when it is held.
 */
export async function acquireLock(
  dataDir: string,
  info: Omit<LockInfo, 'pid' | 'startedAt'> = {}
): Promise<
  | { ok: true; release: () => Promise<void>; update: (i: Partial<LockInfo>) => Promise<void> }
  | { ok: false; holder: LockInfo }
> {
  const path = join(dataDir, 'parallax.lock')
  const mine: LockInfo = { pid: process.pid, startedAt: new Date().toISOString(), ...info }
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fh = await open(path, 'wx', 0o600)
      await fh.writeFile(JSON.stringify(mine))
      await fh.close()
      const write = async (i: Partial<LockInfo>): Promise<void> => {
        Object.assign(mine, i)
        await writeFile(path, JSON.stringify(mine))
      }
      return { ok: true, release: () => unlink(path).catch(() => undefined), update: write }
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e
      const holder = await readLock(path)
      if (holder && alive(holder.pid) && holder.pid !== process.pid) return { ok: false, holder }
      await unlink(path).catch(() => undefined)
    }
  }
  return { ok: false, holder: (await readLock(path)) ?? { pid: -1, startedAt: '' } }
}

async function readLock(path: string): Promise<LockInfo | null> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as LockInfo
  } catch {
    return null
  }
}
