import { randomBytes } from 'node:crypto'
import { link, lstat, open, rename, stat, unlink } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { fsyncDir } from '../services/atomic-file'

/**
 * Writes a file the user named, whole or not at all. The bytes go to a temporary file in the
 * same folder, which then takes the name in one step, so a reader or a crash never sees half a
 * file. An existing file is kept unless `force`; a symbolic link at the name is never followed
 * (with `force` the link itself is replaced), so a link planted there cannot redirect the
 * write. Returns null when written, or one sentence saying why not.
 */
export async function writeOutFile(
  target: string,
  bytes: Uint8Array,
  force: boolean
): Promise<string | null> {
  const dir = dirname(resolve(target))
  const folder = await stat(dir).catch(() => null)
  if (!folder) return `the folder ${dir} does not exist`
  if (!folder.isDirectory()) return `${dir} is not a folder`
  const existing = await lstat(target).catch(() => null)
  if (existing?.isDirectory()) return `${target} is a folder`
  if (existing && !force)
    return `${target} already exists${existing.isSymbolicLink() ? ' (a symbolic link)' : ''}; add --force to replace it`
  const tmp = join(dir, `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    // 'wx' creates a new file and fails on anything already there, a link included.
    const fh = await open(tmp, 'wx')
    try {
      await fh.writeFile(bytes)
      await fh.sync()
    } finally {
      await fh.close()
    }
    if (force) await rename(tmp, target)
    else await linkNoClobber(tmp, target)
  } catch (e) {
    await unlink(tmp).catch(() => undefined)
    return describe(e, target)
  }
  await fsyncDir(dir)
  return null
}

/**
 * Gives the temporary file the target's name only if nothing took that name since it was
 * checked: link() fails on an existing name where rename() would replace it.
 */
async function linkNoClobber(tmp: string, target: string): Promise<void> {
  try {
    await link(tmp, target)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    // Some file systems (FAT, some network mounts) have no hard links: check, then rename.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP') throw e
    if (await lstat(target).catch(() => null)) throw Object.assign(new Error(), { code: 'EEXIST' })
    await rename(tmp, target)
    return
  }
  await unlink(tmp)
}

function describe(e: unknown, target: string): string {
  const code = (e as NodeJS.ErrnoException).code
  if (code === 'EEXIST') return `${target} already exists; add --force to replace it`
  if (code === 'ENOSPC' || code === 'EDQUOT') return `the disk is full; ${target} was not written`
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
    return `permission denied; ${target} was not written`
  return `${target} was not written: ${(e as Error).message}`
}
