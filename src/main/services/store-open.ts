import { readdir, readFile, rename, stat, unlink } from 'node:fs/promises'
import { makeDataDir } from './paths'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { Low, Memory } from 'lowdb'
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
  /**
   * For a process that does not hold the data folder's lock: nothing in the folder is created,
   * moved, deleted or written, because the lock holder may be writing it. A file that cannot
   * be used is read from its newest good backup instead, migration happens in memory only, and
   * writes change only memory.
   */
  readOnly?: boolean
}

/**
 * Opens a JSON store, refusing to start on top of a file it cannot read. A corrupt, foreign or
 * newer file is moved aside with a timestamp (never overwritten) and the newest good daily
 * backup is restored; the notices say exactly what happened and where the old file went.
 * A daily backup of the good file is taken on open, keeping the newest `keepBackups`.
 */
export async function openStoreFile<T>(o: StoreFileOptions<T>): Promise<OpenedStore<T>> {
  if (o.readOnly) return openReadOnly(o)
  const now = o.now ?? (() => new Date())
  const path = join(o.dir, o.file)
  const backups = join(o.dir, 'backups')
  await makeDataDir(backups)
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
  const text = await readIfThere(path)
  return text === null ? null : problemIn(text, check)
}

const readIfThere = (path: string): Promise<string | null> =>
  readFile(path, 'utf8').catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return null
    throw e
  })

function problemIn(text: string, check: (d: unknown) => string | null): string | null {
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
  const good = await newestGoodBackup(dir, file, check)
  if (good) await writeFileAtomic(target, await readFile(good))
  return good
}

async function newestGoodBackup(
  dir: string,
  file: string,
  check: (d: unknown) => string | null
): Promise<string | null> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) =>
    n.startsWith(backupPrefix(file))
  )
  // Newest first by modification time: names mix daily dates and pre-migration stamps.
  const times = new Map(
    await Promise.all(names.map(async (n) => [n, (await stat(join(dir, n))).mtimeMs] as const))
  )
  names.sort((a, b) => (times.get(b) ?? 0) - (times.get(a) ?? 0))
  for (const name of names)
    if ((await problemWith(join(dir, name), check)) === null) return join(dir, name)
  return null
}

/** The store as it is on disk, with no change to the folder (see `readOnly`). */
async function openReadOnly<T>(o: StoreFileOptions<T>): Promise<OpenedStore<T>> {
  // Read once: the lock holder may replace the file at any moment, atomically.
  let text = await readIfThere(join(o.dir, o.file))
  const problem = text === null ? null : problemIn(text, o.check)
  const notices: string[] = []
  if (problem) {
    const backup = await newestGoodBackup(join(o.dir, 'backups'), o.file, o.check)
    text = backup ? await readIfThere(backup) : null
    notices.push(
      `${o.file} could not be used because ${problem}, so ` +
        (backup ? `its backup ${backup} was read instead.` : 'it is read as empty.') +
        ' Nothing was changed; Parallax repairs it the next time it opens the library.'
    )
  }
  const data = text === null ? o.defaults() : (JSON.parse(text) as T)
  o.migrate?.(data)
  const adapter = new Memory<T>()
  await adapter.write(data)
  return { db: new Low<T>(adapter, data), notices }
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
