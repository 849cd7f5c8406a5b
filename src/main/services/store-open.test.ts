import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  checkLibraryData,
  emptyLibrary,
  migrateLibrary,
  SCHEMA_VERSION,
  type LibraryData
} from './library-schema'
import { openStoreFile } from './store-open'

const dirs: string[] = []
const tempDir = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'parallax-open-'))
  dirs.push(d)
  return d
}
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })))

const open = (dir: string, now = new Date('2026-11-25T10:00:00Z')) =>
  openStoreFile<LibraryData>({
    dir,
    file: 'library.json',
    defaults: emptyLibrary,
    check: checkLibraryData,
    migrate: migrateLibrary,
    now: () => now
  })

const goodLibrary = (title: string): string =>
  JSON.stringify({
    schemaVersion: 1,
    articles: [
      {
        id: 'a1',
        title,
        source: '',
        date: '',
        author: '',
        url: '',
        language: '',
        wordCount: 3,
        tags: [],
        contentHash: 'h',
        origin: 'x.txt',
        importedAt: '2026-11-20T00:00:00Z'
      }
    ]
  })

describe('openStoreFile', () => {
  it('starts empty when there is no file, and takes a daily backup once one exists', async () => {
    const dir = tempDir()
    const first = await open(dir)
    expect(first.db.data.articles).toEqual([])
    expect(first.notices).toEqual([])
    writeFileSync(join(dir, 'library.json'), goodLibrary('Kept'))
    await open(dir)
    expect(readdirSync(join(dir, 'backups'))).toContain('library-2026-11-25.json')
  })

  it('migrates a schema 1 library to the current schema after keeping a copy of it as it was', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'library.json'), goodLibrary('Old format'))
    const opened = await open(dir)
    expect(opened.db.data.schemaVersion).toBe(SCHEMA_VERSION)
    expect(opened.db.data.decisions).toEqual({})
    expect(opened.db.data.prefs.fontSize).toBe(18)
    expect(JSON.parse(readFileSync(join(dir, 'library.json'), 'utf8')).schemaVersion).toBe(
      SCHEMA_VERSION
    )
    const copy = readdirSync(join(dir, 'backups')).find((n) =>
      n.startsWith('library-pre-migration-')
    )
    expect(readFileSync(join(dir, 'backups', copy as string), 'utf8')).toBe(
      goodLibrary('Old format')
    )
    expect(opened.notices.join(' ')).toContain(copy)
  })

  for (const [label, content] of [
    ['truncated JSON', goodLibrary('Lost').slice(0, 40)],
    ['a binary file', '\u0000\u0001PNG\u0000garbage'],
    ['a newer schema version', JSON.stringify({ schemaVersion: 99, articles: [] })],
    ['a foreign JSON file', JSON.stringify({ hello: 'world' })]
  ] as const) {
    it(`moves ${label} aside untouched and restores the newest good backup`, async () => {
      const dir = tempDir()
      mkdirSync(join(dir, 'backups'))
      writeFileSync(join(dir, 'backups', 'library-2026-11-20.json'), goodLibrary('Older'))
      utimesSync(
        join(dir, 'backups', 'library-2026-11-20.json'),
        new Date('2026-11-20'),
        new Date('2026-11-20')
      )
      writeFileSync(join(dir, 'backups', 'library-2026-11-24.json'), goodLibrary('Newest good'))
      writeFileSync(join(dir, 'library.json'), content)
      const opened = await open(dir)
      expect(opened.db.data.articles[0]?.title).toBe('Newest good')
      const aside = readdirSync(dir).find((n) => n.startsWith('library.json.unreadable-'))
      expect(aside).toBeDefined()
      expect(readFileSync(join(dir, aside as string), 'utf8')).toBe(content)
      expect(opened.notices[0]).toContain(aside)
      expect(opened.notices[0]).toContain('library-2026-11-24.json')
    })
  }

  it('prefers the newest daily backup over an older pre-migration copy', async () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'backups'))
    const old = join(dir, 'backups', 'library-pre-migration-2026-01-01T00-00-00-000Z.json')
    writeFileSync(old, goodLibrary('Before the migration'))
    utimesSync(old, new Date('2026-01-01'), new Date('2026-01-01'))
    writeFileSync(join(dir, 'backups', 'library-2026-11-24.json'), goodLibrary('Yesterday'))
    writeFileSync(join(dir, 'library.json'), 'not json')
    const opened = await open(dir)
    expect(opened.db.data.articles[0]?.title).toBe('Yesterday')
  })

  it('says so when no backup can be restored, and starts empty without touching the bad file', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'library.json'), '{"schemaVersion": 1, "articles": [')
    const opened = await open(dir)
    expect(opened.db.data.articles).toEqual([])
    expect(opened.notices[0]).toMatch(/not valid JSON.*No usable backup/)
    expect(existsSync(join(dir, 'library.json'))).toBe(false)
  })

  it('keeps only the newest ten daily backups', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'library.json'), goodLibrary('Daily'))
    for (let day = 1; day <= 14; day++) await open(dir, new Date(Date.UTC(2026, 10, day, 12)))
    const names = readdirSync(join(dir, 'backups'))
      .filter((n) => /^library-\d{4}-\d{2}-\d{2}\.json$/.test(n))
      .sort()
    expect(names).toHaveLength(10)
    expect(names[0]).toBe('library-2026-11-05.json')
  })
})

/** Every path under `dir` with its bytes (folders as ''), to compare a folder before and after. */
const snapshot = (dir: string): Record<string, string> =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true }).map((e) => {
      const p = join(e.parentPath, e.name)
      return [p, e.isDirectory() ? '' : readFileSync(p, 'base64')]
    })
  )

describe('openStoreFile read-only, for a process without the lock', () => {
  const openReadOnly = (dir: string) =>
    openStoreFile<LibraryData>({
      dir,
      file: 'library.json',
      defaults: emptyLibrary,
      check: checkLibraryData,
      migrate: migrateLibrary,
      now: () => new Date('2026-11-25T10:00:00Z'),
      readOnly: true
    })

  it('leaves the folder byte-identical: no temp clean-up, no backup, no migration on disk', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'library.json'), goodLibrary('Old format'))
    // The lock holder's write in progress: deleting it makes the holder's rename fail.
    writeFileSync(join(dir, '.library.json.4f2a.tmp'), goodLibrary('Being written'))
    const before = snapshot(dir)
    const opened = await openReadOnly(dir)
    expect(opened.db.data.articles[0]?.title).toBe('Old format')
    expect(opened.db.data.schemaVersion).toBe(emptyLibrary().schemaVersion)
    opened.db.data.articles = []
    await opened.db.write()
    expect(snapshot(dir)).toEqual(before)
  })

  it('reads the newest good backup in place of a corrupt file, and moves nothing', async () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'backups'))
    writeFileSync(join(dir, 'backups', 'library-2026-11-24.json'), goodLibrary('Yesterday'))
    writeFileSync(join(dir, 'library.json'), 'not json')
    const before = snapshot(dir)
    const opened = await openReadOnly(dir)
    expect(opened.db.data.articles[0]?.title).toBe('Yesterday')
    expect(opened.notices[0]).toMatch(/not valid JSON.*library-2026-11-24\.json was read instead/)
    expect(snapshot(dir)).toEqual(before)
  })

  it('creates nothing when there is no store yet', async () => {
    const dir = tempDir()
    const opened = await openReadOnly(dir)
    expect(opened.db.data.articles).toEqual([])
    expect(readdirSync(dir)).toEqual([])
  })
})
