import { mkdtempSync, readFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ArticleMeta } from '../../../shared/model'
import { readSeed, type SeedNumber } from '../../../../test-support/seeds'
import { SearchIndex } from './search-index'

const SEEDS: SeedNumber[] = ['000', '001', '002', '003', '004']

function library(): { metas: ArticleMeta[]; texts: Map<string, string> } {
  const texts = new Map(SEEDS.map((n) => [`a${n}`, readSeed(n)]))
  const metas = SEEDS.map(
    (n) =>
      ({
        id: `a${n}`,
        title: (
          readSeed(n)
            .split('\n')
            .find((l) => l.trim() && !/^date /.test(l)) ?? ''
        ).slice(0, 80),
        contentHash: `h${n}`
      }) as ArticleMeta
  )
  return { metas, texts }
}

async function indexOf(dir = mkdtempSync(join(tmpdir(), 'px-search-'))) {
  const { metas, texts } = library()
  let reads = 0
  const index = new SearchIndex(
    join(dir, 'search-index.json'),
    () => metas,
    async (id) => (reads++, texts.get(id) ?? '')
  )
  await index.ready()
  return { index, metas, dir, reads: () => reads, all: new Set(metas.map((m) => m.id)) }
}

describe('library search', () => {
  it('finds an exact quoted phrase and marks it in the snippet', async () => {
    const { index, all } = await indexOf()
    const hits = index.search('"12,000 North Korean combat troops"', all)
    expect([...hits.keys()]).toEqual(['a003'])
    const m = hits.get('a003')
    const marked = m?.snippet.ranges.map(([s, e]) => m.snippet.text.slice(s, e))
    expect(marked?.join(' ')).toMatch(/12,000 North Korean combat troops/i)
  })

  it('a phrase whose words appear apart does not match', async () => {
    const { index, all } = await indexOf()
    expect(index.search('"combat troops North Korean"', all).size).toBe(0)
  })

  it('matches word prefixes while typing, and tolerates a typo in a long word', async () => {
    const { index, all } = await indexOf()
    const prefix = [...index.search('stoltenb', all).keys()].sort()
    expect(prefix.length).toBeGreaterThanOrEqual(1)
    expect([...index.search('stoltenbreg', all).keys()].sort()).toEqual(prefix)
  })

  it('keeps to the rows it is given (filters, Trash) and finds nothing for nonsense', async () => {
    const { index } = await indexOf()
    expect(index.search('Rutte', new Set(['a002'])).size).toBeLessThanOrEqual(1)
    expect(index.search('qwxzvv', new Set(['a000', 'a001'])).size).toBe(0)
  })

  it('follows additions, removals and re-titled articles', async () => {
    const { index, metas, all } = await indexOf()
    const meta = { id: 'new1', title: 'Zanzibar ferry timetable', contentHash: 'x' } as ArticleMeta
    metas.push(meta)
    index.added(meta, 'The ferry leaves at noon.')
    expect([...index.search('zanzibar', new Set([...all, 'new1'])).keys()]).toEqual(['new1'])
    index.changed({ ...meta, title: 'Pemba ferry timetable' })
    expect(index.search('zanzibar', new Set(['new1'])).size).toBe(0)
    expect(index.search('pemba', new Set(['new1'])).size).toBe(1)
    index.removed('new1')
    expect(index.search('ferry', new Set(['new1'])).size).toBe(0)
  })

  it('saves the index, reloads it when current and rebuilds it when stale', async () => {
    const first = await indexOf()
    first.index.added(first.metas[0] as ArticleMeta, readSeed('000'))
    await first.index.save()
    const file = join(first.dir, 'search-index.json')
    expect(existsSync(file)).toBe(true)
    expect(JSON.parse(readFileSync(file, 'utf8').split('\n')[0] as string).version).toBe(1)
    const again = await indexOf(first.dir)
    expect([...again.index.search('"combat troops"', again.all).keys()]).toEqual(['a003'])
  })

  it('treats regex characters, stray quotes and punctuation-only queries as plain text', async () => {
    const { index, all } = await indexOf()
    for (const q of ['(a+b)*[', '"', '""', '"unclosed phrase', '!!!', '\\', 'x'.repeat(500)])
      expect(() => index.search(q, all)).not.toThrow()
    expect(index.search('!!!', all).size).toBe(0)
    expect([...index.search('"12,000 North Korean', all).keys()]).toEqual(['a003'])
  })
})
