import { open, rename, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { randomBytes } from 'node:crypto'

/**
 * Replaces `path` with `data` so that a crash at any moment leaves either the old file or the
 * new one, never a mix: write a temporary file in the same folder, fsync it, rename it over the
 * target, then fsync the folder so the rename itself is durable. On failure the temporary file
 * is removed and the original is untouched; the error (ENOSPC, EROFS, EACCES...) is rethrown.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    await writeNewFileSynced(tmp, data)
    await rename(tmp, path)
  } catch (e) {
    await unlink(tmp).catch(() => undefined)
    throw e
  }
  await fsyncDir(dirname(path))
}

/** Creates `path` (which must not exist) with `data` and fsyncs it before resolving. */
export async function writeNewFileSynced(path: string, data: string | Uint8Array): Promise<void> {
  const fh = await open(path, 'wx', 0o600)
  try {
    await fh.writeFile(data)
    await fh.sync()
  } finally {
    await fh.close()
  }
}

/** Makes a rename or create in `dir` durable. Some platforms cannot open folders: ignore that. */
export async function fsyncDir(dir: string): Promise<void> {
  let fh
  try {
    fh = await open(dir, 'r')
    await fh.sync()
  } catch {
    // Windows cannot fsync a directory handle; the rename is still atomic there.
  } finally {
    await fh?.close()
  }
}

/** Maps a file-system error to a sentence an analyst can act on. */
export function describeWriteError(
  e: unknown,
  what: string
): { code: 'read-only' | 'disk-full' | 'storage-failed'; message: string } {
  const code = (e as NodeJS.ErrnoException)?.code
  if (code === 'ENOSPC' || code === 'EDQUOT')
    return {
      code: 'disk-full',
      message: `Could not save ${what}: the disk is full. Nothing was changed; free some space and try again.`
    }
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM')
    return {
      code: 'read-only',
      message: `Could not save ${what}: the data folder is read-only (${code}). Nothing was changed.`
    }
  return {
    code: 'storage-failed',
    message: `Could not save ${what}: ${e instanceof Error ? e.message : String(e)}. Nothing was changed.`
  }
}
