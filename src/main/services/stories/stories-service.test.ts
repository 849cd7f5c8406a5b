import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Low, Memory } from 'lowdb'
import { afterEach, describe, expect, it } from 'vitest'
import { extractArticle } from '../import'
import { Library } from '../library'
import { emptyLibrary, type LibraryData } from '../library-schema'
import { Store } from '../store'
import { TextStore } from '../text-store'
import { StoriesService } from './stories-service'

type EcbDoc = { id: string; topic: number; title: string; text: string }
const corpus = (
  JSON.parse(
    readFileSync(join(__dirname, '../../../../eval/corpora/ecb-original.json'), 'utf8')
  ) as { docs: EcbDoc[] }
).docs

const dirs: string[] = []
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })))

async function libraryWith(topics: number[], adapter = new Memory<LibraryData>()) {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-stories-'))
  dirs.push(dir)
  const texts = new TextStore(join(dir, 'texts'))
  await texts.init()
  const store = new Store(new Low<LibraryData>(adapter, emptyLibrary()), emptyLibrary)
  const library = new Library(store, texts, extractArticle)
  const stories = new StoriesService(library)
  const ids = new Map<string, string>()
  for (const d of corpus.filter((x) => topics.includes(x.topic)).slice(0, 12)) {
    const r = await library.import({ pasted: `${d.title}\n\n${d.text}` })
    if (r.status === 'imported') ids.set(d.id, r.id)
  }
  return { library, stories, ids, adapter, texts }
}

describe('StoriesService', () => {
  it('groups a mixed library by event and keeps the analyst’s edits, which undo', async () => {
    const { stories, ids } = await libraryWith([20, 38])
    const before = await stories.list()
    expect(before).toHaveLength(2)
    const iran = ids.get('20_1ecb') as string
    const sonoma = ids.get('38_1ecb') as string
    const moved = await stories.edit({ op: 'move', article: iran, with: sonoma })
    expect(moved.ok && moved.value.find((s) => s.articles.includes(sonoma))?.articles).toContain(
      iran
    )
    const merged = await stories.edit({ op: 'merge', a: iran, b: ids.get('20_2ecb') as string })
    expect(merged.ok && merged.value).toHaveLength(1)
    const renamed = await stories.edit({ op: 'rename', articles: [iran], name: 'Two quakes' })
    expect(renamed.ok && renamed.value[0]?.name).toBe('Two quakes')
    for (let i = 0; i < 3; i++) expect((await stories.undo()).ok).toBe(true)
    expect(await stories.list()).toEqual(before)
    expect((await stories.undo()).ok).toBe(false)
  })

  it('undoes one edit by the id its caller chose, and redoes it with the same id', async () => {
    const { stories, ids } = await libraryWith([20, 38])
    const before = await stories.list()
    const iran = ids.get('20_1ecb') as string
    const sonoma = ids.get('38_1ecb') as string
    const mine = '0b5f3c1e-6a41-4a8e-9a51-2f4d6c8b7e10'
    expect((await stories.edit({ op: 'move', article: iran, with: sonoma }, mine)).ok).toBe(true)
    // The same id twice is one change made twice: refused.
    const twice = await stories.edit({ op: 'split', articles: [iran] }, mine)
    expect(!twice.ok && twice.error.code).toBe('invalid-argument')
    // Another window renames the Sonoma story afterwards; taking back the move keeps the name.
    expect((await stories.edit({ op: 'rename', articles: [sonoma], name: 'Geysers' })).ok).toBe(
      true
    )
    const undone = await stories.undo(mine)
    expect(undone.ok && undone.value.find((s) => s.articles.includes(iran))?.articles).toEqual(
      before.find((s) => s.articles.includes(iran))?.articles
    )
    expect(undone.ok && undone.value.find((s) => s.articles.includes(sonoma))?.name).toBe('Geysers')
    const gone = await stories.undo(mine)
    expect(!gone.ok && gone.error.message).toBe('That change to the stories is no longer recorded.')
    const redone = await stories.edit({ op: 'move', article: iran, with: sonoma }, mine)
    expect(redone.ok && redone.value.find((s) => s.articles.includes(sonoma))?.articles).toContain(
      iran
    )
  })

  it('replays stored edits over a library re-clustered from scratch', async () => {
    const first = await libraryWith([20, 38])
    const iran = first.ids.get('20_1ecb') as string
    await first.stories.edit({ op: 'split', articles: [iran] })
    const again = new StoriesService(first.library)
    const listed = await again.list()
    expect(listed).toHaveLength(3)
    expect(listed.find((s) => s.articles.includes(iran))?.articles).toEqual([iran])
  })
})
