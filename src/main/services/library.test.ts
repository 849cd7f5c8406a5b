import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Low, Memory } from 'lowdb'
import { afterEach, describe, expect, it } from 'vitest'
import { ok } from '../../shared/result'
import { Library, type Extractor } from './library'
import { emptyLibrary, type LibraryData } from './library-schema'
import { Store } from './store'
import { TextStore } from './text-store'

const dirs: string[] = []
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })))

// Titles come from the first line; dates from a leading ISO date, so rows sort differently.
const fakeExtract: Extractor = async (input) => {
  const raw = 'pasted' in input ? input.pasted : new TextDecoder().decode(input.bytes)
  const [first = '', ...rest] = raw.split('\n')
  const date = /^\d{4}-\d{2}-\d{2}/.exec(first)?.[0] ?? ''
  const text = rest.join('\n\n')
  return ok({
    text,
    meta: {
      title: first.replace(date, '').trim(),
      source: 'Wire',
      date,
      author: '',
      url: '',
      language: 'en',
      wordCount: text.split(/\s+/).length
    }
  })
}

async function makeLibrary(adapter = new Memory<LibraryData>()) {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-lib-'))
  dirs.push(dir)
  const texts = new TextStore(join(dir, 'texts'))
  await texts.init()
  const store = new Store(new Low<LibraryData>(adapter, emptyLibrary()), emptyLibrary)
  return { library: new Library(store, texts, fakeExtract), dir }
}
const file = (s: string) => ({ name: 'a.txt', bytes: new TextEncoder().encode(s) })

describe('Library', () => {
  it('imports an article and opens it with paragraph offsets into the stored text', async () => {
    const { library } = await makeLibrary()
    const r = await library.import(
      file('2024-10-18 Troops sent\nFirst paragraph here.\nSecond one.')
    )
    expect(r.status).toBe('imported')
    const id = r.status === 'imported' ? r.id : ''
    const opened = await library.open(id)
    expect(opened.ok).toBe(true)
    if (!opened.ok) return
    expect(opened.value.title).toBe('Troops sent')
    expect(opened.value.paragraphs.map((p) => p.text)).toEqual([
      'First paragraph here.',
      'Second one.'
    ])
    for (const p of opened.value.paragraphs)
      expect(opened.value.text.slice(p.start, p.end)).toBe(p.text)
  })

  it('recognises the same text imported again and does not duplicate it', async () => {
    const { library } = await makeLibrary()
    const first = await library.import(file('Title\nSame body.'))
    const again = await library.import({ pasted: 'Other title\nSame body.' })
    expect(again).toEqual({
      name: 'pasted text',
      status: 'duplicate',
      id: first.status === 'imported' && first.id,
      title: 'Title'
    })
    expect(library.list()).toHaveLength(1)
  })

  it('sorts by date, newest first, and by title A to Z', async () => {
    const { library } = await makeLibrary()
    await library.import(file('2024-01-02 Beta\nb'))
    await library.import(file('2024-03-04 Alpha\na'))
    await library.import(file('2023-12-31 Gamma\nc'))
    expect(library.list({ sort: 'date' }).map((a) => a.title)).toEqual(['Alpha', 'Beta', 'Gamma'])
    expect(library.list({ sort: 'title' }).map((a) => a.title)).toEqual(['Alpha', 'Beta', 'Gamma'])
    expect(library.list({ sort: 'date', descending: false }).map((a) => a.title)).toEqual([
      'Gamma',
      'Beta',
      'Alpha'
    ])
  })

  it('says which article is missing instead of failing silently', async () => {
    const { library } = await makeLibrary()
    const r = await library.open('nope')
    expect(r.ok).toBe(false)
    if (!r.ok)
      expect(r.error).toEqual({
        code: 'not-found',
        message: 'No article with id nope is in the library.'
      })
  })

  it('leaves no half-imported text behind when the store cannot be written', async () => {
    const failing = new Memory<LibraryData>()
    failing.write = () => Promise.reject(Object.assign(new Error('full'), { code: 'ENOSPC' }))
    const { library, dir } = await makeLibrary(failing)
    const r = await library.import(file('Title\nBody.'))
    expect(r).toMatchObject({ status: 'failed', code: 'disk-full' })
    expect(readdirSync(join(dir, 'texts'))).toEqual([])
    expect(library.list()).toEqual([])
  })
})

describe('Library edits, tags and Trash', () => {
  it('edits metadata in place and rejects an empty title', async () => {
    const { library } = await makeLibrary()
    const r = await library.import(file('2024-01-01 Old title\nBody.'))
    const id = r.status === 'imported' ? r.id : ''
    const edited = await library.update(id, { title: '  New title ', source: 'Reuters' })
    expect(edited.ok && edited.value).toMatchObject({ title: 'New title', source: 'Reuters' })
    const bad = await library.update(id, { title: '   ' })
    expect(bad.ok).toBe(false)
    expect(library.meta(id)?.title).toBe('New title')
  })

  it('keeps the publication time, its day and the update time consistent', async () => {
    const { library } = await makeLibrary()
    const r = await library.import(file('2013-07-02 Quake kills 22 in Aceh\nBody.'))
    const id = r.status === 'imported' ? r.id : ''
    // A time of day sets the day it falls on.
    const timed = await library.update(id, { published: '2013-07-03T16:45:00+07:00' })
    expect(timed.ok && timed.value.date).toBe('2013-07-03')
    expect(library.meta(id)?.published).toBe('2013-07-03T16:45:00+07:00')
    // A day and a time that disagree are refused, and nothing changes.
    const clash = await library.update(id, { date: '2013-07-01', published: '2013-07-03T09:00Z' })
    expect(!clash.ok && clash.error.message).toMatch(/different days/)
    // An update before the publication is refused; one after it is kept.
    const early = await library.update(id, { updated: '2013-07-01T10:00:00Z' })
    expect(!early.ok && early.error.message).toMatch(/before the publication/)
    expect((await library.update(id, { updated: '2013-07-03T21:10:00+07:00' })).ok).toBe(true)
    expect(library.meta(id)?.updated).toBe('2013-07-03T21:10:00+07:00')
    // Moving the day elsewhere forgets the time of day that named the old one.
    await library.update(id, { date: '2013-07-05', updated: '' })
    expect(library.meta(id)).toMatchObject({ date: '2013-07-05' })
    expect(library.meta(id)?.published).toBeUndefined()
    expect(library.meta(id)?.updated).toBeUndefined()
  })

  it('moves articles to the Trash, restores them, and empties the Trash for good', async () => {
    const { library, dir } = await makeLibrary()
    const a = await library.import(file('A\nalpha'))
    const b = await library.import(file('B\nbeta'))
    const [idA, idB] = [a, b].map((r) => (r.status === 'imported' ? r.id : ''))
    expect((await library.trash([idA as string])).ok).toBe(true)
    expect(library.list().map((x) => x.title)).toEqual(['B'])
    expect(library.list({ trashed: true }).map((x) => x.title)).toEqual(['A'])
    await library.restore([idA as string])
    expect(library.list()).toHaveLength(2)
    await library.trash([idB as string])
    const emptied = await library.emptyTrash()
    expect(emptied.ok && emptied.value).toBe(1)
    expect(readdirSync(join(dir, 'texts'))).toEqual([`${idA}.txt`])
  })

  it('filters by source, tag and date range', async () => {
    const { library } = await makeLibrary()
    await library.import(file('2024-10-18 One\nx'))
    await library.import(file('2024-11-13 Two\ny'))
    await library.import(file('Undated\nz'))
    const rows = library.list({ sort: 'date' })
    expect(rows.map((r) => r.title)).toEqual(['Two', 'One', 'Undated'])
    expect(library.list({ dateFrom: '2024-11-01' }).map((r) => r.title)).toEqual(['Two'])
    expect(library.list({ dateTo: '2024-10' }).map((r) => r.title)).toEqual(['One'])
  })
})
