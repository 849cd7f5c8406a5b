import { rmSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { newBriefingSpec } from '../../../shared/briefing-spec'
import type { Services } from '..'
import type { Bundle } from './bundle'
import { annotate, openLibrary, tempDir } from './test-library'

const open: { s: Services; dir: string }[] = []
const library = async (seed: boolean): Promise<Services> => {
  const dir = tempDir()
  const s = await openLibrary(dir, seed)
  open.push({ s, dir })
  return s
}
afterEach(async () => {
  for (const { s, dir } of open.splice(0)) {
    await s.close()
    rmSync(dir, { recursive: true, force: true })
  }
})

const exportBundle = async (s: Services): Promise<string> => {
  const r = await s.exporter.render(
    newBriefingSpec([], { title: 'Round trip', sections: [] }),
    'bundle'
  )
  if (!r.ok) throw new Error(r.error.message)
  return new TextDecoder().decode(r.value.bytes)
}

const importBundle = async (s: Services, json: string) => {
  const r = await s.api.importArticle({
    name: 'round-trip.parallax.json',
    data: new TextEncoder().encode(json)
  })
  if (!r.ok) throw new Error(r.error.message)
  return r.value
}

/** The file with its one export timestamp blanked: everything else must match byte for byte. */
const withoutExportTime = (json: string): string =>
  json.replace(/"exportedAt": "[^"]*"/, '"exportedAt": ""')

/** A library with every kind of thing a bundle must carry, beyond the shared scene. */
async function richLibrary(): Promise<Services> {
  const a = await library(true)
  const { a000 } = await annotate(a)
  await a.api.setArticleTags(a000, ['nato', 'ukraine'])
  await a.api.renameColor('red', 'Disputed by officials')
  const all = await a.api.listAnnotations([a000])
  const first = all.ok ? all.value[0] : undefined
  if (!first) throw new Error('no annotation')
  const extra = await a.api.createAnnotation({
    article: a000,
    start: 0,
    end: 10,
    color: 'green',
    note: 'to be trashed'
  })
  if (extra.ok) await a.api.trashAnnotation(a000, extra.value.id)
  return a
}

describe('Parallax bundle', () => {
  it('round-trips: export, import into an empty library, export again — identical apart from the time', async () => {
    const a = await richLibrary()
    const first = await exportBundle(a)
    const b = await library(false)
    const result = await importBundle(b, first)
    expect(result).toMatchObject({ status: 'imported' })
    expect(result.status === 'imported' && result.title).toContain(
      '5 new articles, 4 annotations, 2 links, 1 decision'
    )
    const second = await exportBundle(b)
    expect(withoutExportTime(second)).toEqual(withoutExportTime(first))
    // And the library works with what arrived: grades, tags, trash, palette, decisions.
    const rows = await b.api.listArticles()
    expect(rows.ok && rows.value.filter((r) => r.grade?.reliability === 'A')).toHaveLength(1)
    expect(rows.ok && rows.value.some((r) => r.tags.join() === 'nato,ukraine')).toBe(true)
    const trashed = await b.api.listAnnotations('all', true)
    expect(trashed.ok && trashed.value.map((x) => x.body.note)).toEqual(['to be trashed'])
    const palette = await b.api.getPalette()
    expect(palette.ok && palette.value.find((p) => p.id === 'red')?.name).toBe(
      'Disputed by officials'
    )
    const found = await b.api.listArticles({ search: 'Zelenskyy' })
    expect(found.ok && found.value.length).toBeGreaterThan(0)
    const ids = rows.ok ? rows.value.map((r) => r.id) : []
    const decisions = await b.api.listDecisions(ids)
    expect(decisions.ok && decisions.value.map((d) => [d.status, d.comment])).toEqual([
      ['confirmed', 'Counts differ | *both* sourced to intelligence, "officials" say']
    ])
  })

  it('imports into a library that already has the articles without duplicating anything', async () => {
    const a = await richLibrary()
    const json = await exportBundle(a)
    const result = await importBundle(a, json)
    expect(result.status === 'imported' && result.title).toContain(
      '0 new articles, 5 already here, 0 annotations, 0 links, 0 decisions'
    )
    expect(withoutExportTime(await exportBundle(a))).toEqual(withoutExportTime(json))
  })

  it('gives an article a new id when its id is taken by another text, and remaps everything', async () => {
    const paste = async (s: Services, text: string): Promise<string> => {
      const r = await s.api.importArticle({ pasted: text })
      if (!r.ok || r.value.status !== 'imported') throw new Error('paste failed')
      return r.value.id
    }
    const a = await library(false)
    const id = await paste(
      a,
      'Officials said 6,000 troops crossed the border on Monday.\n\nOthers disagreed.'
    )
    await a.api.createAnnotation({
      article: id,
      start: 15,
      end: 27,
      color: 'red',
      note: 'how many?'
    })
    const bundle = JSON.parse(await exportBundle(a)) as Bundle
    const b = await library(false)
    const taken = await paste(b, 'A different article entirely, about something else.')
    const entry = bundle.articles[0] as Bundle['articles'][number]
    entry.meta.id = taken
    for (const x of entry.annotations)
      Object.assign(x, { article: taken, target: { ...x.target, source: taken } })
    const result = await importBundle(b, JSON.stringify(bundle))
    expect(result.status === 'imported' && result.id).not.toBe(taken)
    const moved = await b.api.listAnnotations(result.status === 'imported' ? [result.id] : [])
    expect(moved.ok && moved.value.map((x) => [x.target.selector[0].exact, x.body.note])).toEqual([
      ['6,000 troops', 'how many?']
    ])
    const kept = await b.api.listAnnotations([taken])
    expect(kept.ok && kept.value).toEqual([])
  })

  it('refuses a bundle whose quotes do not match its texts, with the reason, and changes nothing', async () => {
    const a = await richLibrary()
    const bundle = JSON.parse(await exportBundle(a)) as Bundle
    const victim = bundle.articles.find((x) => x.annotations.length)
    const ann = victim?.annotations[0]
    if (!ann) throw new Error('no annotation')
    ann.target.selector[0].exact = `${ann.target.selector[0].exact}!`
    const b = await library(false)
    const result = await importBundle(b, JSON.stringify(bundle))
    expect(result).toMatchObject({ status: 'failed', code: 'corrupt-file' })
    expect(result.status === 'failed' && result.message).toContain(
      `annotation ${ann.id} does not match the text`
    )
    const rows = await b.api.listArticles()
    expect(rows.ok && rows.value).toEqual([])
  })

  it('says what is wrong with a file that only claims to be a bundle', async () => {
    const b = await library(false)
    const result = await importBundle(
      b,
      '{"format": "parallax-bundle", "version": 1, "articles": []}'
    )
    expect(result).toMatchObject({ status: 'failed', code: 'corrupt-file' })
    expect(result.status === 'failed' && result.message).toMatch(/not a valid Parallax bundle/)
  })
})
