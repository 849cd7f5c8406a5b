import { mkdir, readdir, readFile, rename, stat, unlink } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { Low } from 'lowdb'
import { DurableJSONFile } from './durable-json-file'
import { writeFileAtomic } from './atomic-file'

export type OpenedStore<T> = {
  db: Low<T>
  /** Sentences for the user about anything that was recovered. Empty when all was well. */
  notices: string[]
}

export type StoreFileOptions<T> = {
  dir: string
  file: string
  defaults: () => T
  /** Returns why parsed data cannot be used, or null. */
  check: (data: unknown) => string | null
  /**
   * Upgrades older data in place; returns true when it changed anything. The file as it was is
   * copied to backups/ first, so a migration can always be undone by hand.
   */
  migrate?: (data: T) => boolean
  /** How many daily backups to keep. */
  keepBackups?: number
  now?: () => Date
}

/**
 * Opens a JSON store, refusing to start on top of a file it cannot read. A corrupt, foreign or
 * newer file is moved aside with a timestamp (never overwritten) and the newest good daily
 * backup is restored; the notices say exactly what happened and where the old file went.
 * A daily backup of the good file is taken on open, keeping the newest `keepBackups`.
 */
export async function openStoreFile<T>(o: StoreFileOptions<T>): Promise<OpenedStore<T>> {
  const now = o.now ?? (() => new Date())
  const path = join(o.dir, o.file)
  const backups = join(o.dir, 'backups')
  await mkdir(backups, { recursive: true })
  const notices: string[] = []
  await removeStrayTempFiles(o.dir, o.file)
  const problem = await problemWith(path, o.check)
  if (problem) {
    const aside = `${path}.unreadable-${stamp(now())}`
    await rename(path, aside)
    const restored = await restoreNewestBackup(backups, o.file, path, o.check)
    notices.push(
      `${o.file} could not be used because ${problem}. It was moved aside to ${aside} and left untouched. ` +
        (restored
          ? `The backup ${restored} was restored.`
          : 'No usable backup was found, so Parallax started with an empty library.')
    )
  }
  const db = new Low<T>(new DurableJSONFile<T>(path), o.defaults())
  await db.read()
  const backupProblem = await dailyBackup(path, backups, o.file, now(), o.keepBackups ?? 10)
  if (backupProblem) notices.push(backupProblem)
  if (o.migrate && existsSync(path)) {
    const before = await readFile(path)
    if (o.migrate(db.data)) {
      const copy = join(backups, `${backupPrefix(o.file)}pre-migration-${stamp(now())}.json`)
      await writeFileAtomic(copy, before)
      await db.write()
      notices.push(
        `The library was upgraded to a newer format. The file as it was is kept at ${copy}.`
      )
    }
  }
  return { db, notices }
}

async function problemWith(
  path: string,
  check: (d: unknown) => string | null
): Promise<string | null> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw e
  }
  try {
    return check(JSON.parse(text))
  } catch (e) {
    return text.trim() === '' ? 'it is empty' : `it is not valid JSON (${(e as Error).message})`
  }
}

async function restoreNewestBackup(
  dir: string,
  file: string,
  target: string,
  check: (d: unknown) => string | null
): Promise<string | null> {
  const names = (await readdir(dir)).filter((n) => n.startsWith(backupPrefix(file)))
  // Newest first by modification time: names mix daily dates and pre-migration stamps.
  const times = new Map(
    await Promise.all(names.map(async (n) => [n, (await stat(join(dir, n))).mtimeMs] as const))
  )
  names.sort((a, b) => (times.get(b) ?? 0) - (times.get(a) ?? 0))
  for (const name of names) {
    const candidate = join(dir, name)
    if ((await problemWith(candidate, check)) === null) {
      await writeFileAtomic(target, await readFile(candidate))
      return candidate
    }
  }
  return null
}

/**
 * Copies the store to backups/<name>-YYYY-MM-DD.json once a day and prunes old copies. A backup
 * that cannot be written (a full disk, a read-only folder) must not stop the app from opening
 * the good store: it is reported as a sentence for the user instead, and no partial copy stays.
 */
export async function dailyBackup(
  path: string,
  dir: string,
  file: string,
  now: Date,
  keep: number
): Promise<string | null> {
  const name = `${backupPrefix(file)}${now.toISOString().slice(0, 10)}.json`
  try {
    const names = await readdir(dir)
    if (!names.includes(name)) {
      const content = await readFile(path).catch((e: NodeJS.ErrnoException) => {
        if (e.code === 'ENOENT') return null
        throw e
      })
      // Atomic, so a crash or a full disk never leaves a truncated backup to restore later.
      if (content) await writeFileAtomic(join(dir, name), content)
    }
    const daily = (await readdir(dir)).filter(
      (n) => /^\S+-\d{4}-\d{2}-\d{2}\.json$/.test(n) && n.startsWith(backupPrefix(file))
    )
    for (const old of daily.sort().reverse().slice(keep)) await unlink(join(dir, old))
    return null
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    const why = code === 'ENOSPC' ? 'the disk is full' : (e as Error).message
    return `Today's backup of ${file} could not be written because ${why}. Your data is intact; free some space so backups resume.`
  }
}

const backupPrefix = (file: string): string => `${file.replace(/\.json$/, '')}-`
const stamp = (d: Date): string => d.toISOString().replace(/[:.]/g, '-')

/** A crash mid-write can leave `.library.json.<random>.tmp`; the real file is intact. */
async function removeStrayTempFiles(dir: string, file: string): Promise<void> {
  for (const name of await readdir(dir))
    if (name.startsWith(`.${file}.`) && name.endsWith('.tmp'))
      await unlink(join(dir, name)).catch(() => undefined)
}
