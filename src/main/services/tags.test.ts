import { Low, Memory } from 'lowdb'
import { describe, expect, it } from 'vitest'
import type { ArticleMeta } from '../../shared/model'
import { emptyLibrary, type LibraryData } from './library-schema'
import { Store } from './store'
import { ArticleTags, normaliseTag } from './tags'

const article = (id: string, tags: string[], deletedAt?: string): ArticleMeta => ({
  id,
  title: id,
  source: '',
  date: '',
  author: '',
  url: '',
  language: '',
  wordCount: 1,
  tags,
  contentHash: id,
  origin: 'x',
  importedAt: '',
  ...(deletedAt ? { deletedAt } : {})
})

function makeTags(articles: ArticleMeta[]) {
  const store = new Store(
    new Low<LibraryData>(new Memory(), { ...emptyLibrary(), articles }),
    emptyLibrary
  )
  return { store, tags: new ArticleTags(store) }
}

describe('article tags', () => {
  it('normalises case and spacing so "North  Korea" and "north korea" are one tag', () => {
    expect(normaliseTag('  North  Korea ')).toBe('north korea')
    expect(() => normaliseTag('   ')).toThrow('A tag cannot be empty.')
  })

  it('sets tags on an article without duplicates', async () => {
    const { tags, store } = makeTags([article('a', [])])
    const r = await tags.set('a', ['NATO', 'nato', 'Ukraine'])
    expect(r.ok && r.value).toEqual(['nato', 'ukraine'])
    expect(store.data.articles[0]?.tags).toEqual(['nato', 'ukraine'])
  })

  it('renames a tag everywhere, and merges it when the new name already exists', async () => {
    const { tags, store } = makeTags([
      article('a', ['dprk', 'nato']),
      article('b', ['north korea', 'dprk']),
      article('c', ['nato'])
    ])
    const r = await tags.rename('DPRK', 'North Korea')
    expect(r.ok && r.value).toBe(2)
    expect(store.data.articles.map((a) => a.tags)).toEqual([
      ['north korea', 'nato'],
      ['north korea'],
      ['nato']
    ])
    expect(tags.list()).toEqual([
      { tag: 'nato', count: 2 },
      { tag: 'north korea', count: 2 }
    ])
  })

  it('counts only live articles and says when a tag to rename does not exist', async () => {
    const { tags } = makeTags([article('a', ['kept']), article('b', ['gone'], '2026-01-01')])
    expect(tags.list()).toEqual([{ tag: 'kept', count: 1 }])
    const r = await tags.rename('missing', 'x')
    expect(r.ok).toBe(false)
  })
})
