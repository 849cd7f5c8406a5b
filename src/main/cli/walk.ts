import { open, readdir, readFile, realpath, stat } from 'node:fs/promises'
import { extname, join, relative, sep } from 'node:path'
import { MAX_IMPORT_BYTES } from '../../shared/schemas'

/** A file to read, or one left out with the reason (printed as a warning). */
export type Entry = { path: string; skip?: string }

/**
 * Every file under the given paths, folders read recursively in name order. Hidden entries
 * are left out. Symbolic links are followed only while they stay inside the folder that was
 * named, and each real folder and file is read once, so a link loop ends and a link to a
 * private file elsewhere is never read. A file without an extension is kept only when its
 * first bytes are plain text. Never throws: every problem is an entry with `skip`.
 */
export async function expandPaths(paths: string[]): Promise<Entry[]> {
  const out: Entry[] = []
  const seen = new Set<string>()
  for (const p of paths) {
    const real = await realpath(p).catch((e: NodeJS.ErrnoException) => e)
    if (real instanceof Error) out.push({ path: p, skip: reason(real) })
    else await visit(p, real, real, seen, out)
  }
  return out
}

async function visit(
  path: string,
  real: string,
  root: string,
  seen: Set<string>,
  out: Entry[]
): Promise<void> {
  const info = await stat(real).catch((e: NodeJS.ErrnoException) => e)
  if (info instanceof Error) return void out.push({ path, skip: reason(info) })
  if (seen.has(real)) {
    // The same file named twice, or reached through a second link, is read once.
    if (info.isDirectory()) out.push({ path, skip: 'a link to a folder already read' })
    return
  }
  seen.add(real)
  if (info.isDirectory()) {
    const names = await readdir(real).catch((e: NodeJS.ErrnoException) => e)
    if (names instanceof Error) return void out.push({ path, skip: reason(names) })
    for (const name of names.filter((n) => !n.startsWith('.')).sort())
      await child(join(path, name), root, seen, out)
  } else if (!info.isFile()) out.push({ path, skip: 'not a regular file' })
  else {
    const problem = extname(real) || extname(path) ? null : await notPlainText(real)
    out.push(problem ? { path, skip: problem } : { path })
  }
}

async function child(path: string, root: string, seen: Set<string>, out: Entry[]): Promise<void> {
  const real = await realpath(path).catch((e: NodeJS.ErrnoException) => e)
  if (real instanceof Error) return void out.push({ path, skip: reason(real) })
  const rel = relative(root, real)
  if (rel === '..' || rel.startsWith(`..${sep}`) || rel === real)
    return void out.push({ path, skip: 'a link to somewhere outside the folder' })
  await visit(path, real, root, seen, out)
}

/** Why a file without an extension is not read as an article, or null when it is text. */
async function notPlainText(path: string): Promise<string | null> {
  let head: Buffer
  try {
    const f = await open(path, 'r')
    try {
      const { buffer, bytesRead } = await f.read(Buffer.alloc(4096), 0, 4096, 0)
      head = buffer.subarray(0, bytesRead)
    } finally {
      await f.close()
    }
  } catch (e) {
    return reason(e as NodeJS.ErrnoException)
  }
  if (head.length === 0) return 'it is empty'
  const controls = head.filter((b) => b < 9 || (b > 13 && b < 32)).length
  if (head.includes(0) || controls > head.length * 0.05)
    return 'no extension, and it is not plain text'
  // Keys and certificates are text too, and the last thing to import by accident.
  if (/^\s*-----BEGIN [A-Z0-9 ]+-----/.test(head.toString('latin1')))
    return 'no extension, and it looks like a key or certificate'
  return null
}

/** A file system error as a short reason for the user. */
export function reason(e: NodeJS.ErrnoException): string {
  if (e.code === 'ENOENT') return 'no such file or folder (or a broken link)'
  if (e.code === 'EACCES' || e.code === 'EPERM') return 'permission denied'
  if (e.code === 'ELOOP') return 'a symbolic link loop'
  return e.message
}

/** A file's bytes, or why it cannot be read; files past the import limit are not read at all. */
export async function readEntry(
  path: string
): Promise<{ bytes: Uint8Array; skip?: undefined } | { skip: string }> {
  try {
    const { size } = await stat(path)
    if (size > MAX_IMPORT_BYTES)
      return { skip: `it is ${(size / 1048576).toFixed(1)} MB; the limit is 20 MB` }
    return { bytes: await readFile(path) }
  } catch (e) {
    return { skip: reason(e as NodeJS.ErrnoException) }
  }
}
