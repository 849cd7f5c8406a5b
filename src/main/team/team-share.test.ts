import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { openLibraryReadOnly } from '../cli/read-only'
import type { ParallaxApi } from '../../shared/contract'
import { inProcessChannel } from '../services/analysis/channels'
import { EngineHost } from '../services/analysis/engine-host'
import { createServices, type Services } from '../services'
import { shareLibrary } from './share'

const dirs: string[] = []
const opened: Services[] = []
afterEach(async () => {
  for (const s of opened.splice(0)) await s.close()
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

async function open(dataDir: string): Promise<ParallaxApi> {
  const s = await createServices({
    dataDir,
    transport: 'http',
    version: 'test',
    sampleDir: null,
    engineChannel: inProcessChannel(new EngineHost([]))
  })
  opened.push(s)
  return s.api
}
const close = async (): Promise<void> => {
  for (const s of opened.splice(0)) await s.close()
}
const value = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message)
  return r.value
}

const TEXT_A =
  'Troops left the city\n\nAbout 12,000 troops left the city on Monday, officials said.'
const TEXT_B = 'Soldiers withdraw\n\nSome 10,000 soldiers withdrew from the city on Monday.'

/** A solo library with two articles, annotations (one trashed), a link and a grade. */
async function soloLibrary(dir: string) {
  const api = await open(dir)
  const a = value(await api.importArticle({ pasted: TEXT_A }))
  const b = value(await api.importArticle({ pasted: TEXT_B }))
  if (a.status !== 'imported' || b.status !== 'imported') throw new Error('import failed')
  const n1 = value(
    await api.createAnnotation({
      article: a.id,
      start: 28,
      end: 40,
      color: 'yellow',
      tags: ['count'],
      note: 'check'
    })
  )
  const n2 = value(await api.createAnnotation({ article: b.id, start: 26, end: 41, color: 'red' }))
  const n3 = value(await api.createAnnotation({ article: b.id, start: 5, end: 13, color: 'blue' }))
  value(await api.trashAnnotation(b.id, n3.id))
  const link = value(
    await api.createLink(
      'contradicts',
      { type: 'annotation', id: n1.id, article: a.id },
      { type: 'annotation', id: n2.id, article: b.id }
    )
  )
  value(await api.setArticleGrade(a.id, { reliability: 'B', credibility: 2 }))
  value(await api.renameColor('yellow', 'Numbers'))
  const snapshot = {
    articles: value(await api.listArticles()),
    annotations: value(await api.listAnnotations('all')),
    trash: value(await api.listAnnotations('all', true)),
    links: value(await api.listLinks([a.id, b.id])),
    palette: value(await api.getPalette()),
    texts: [value(await api.openArticle(a.id)).text, value(await api.openArticle(b.id)).text]
  }
  await close()
  return { ids: { a: a.id, b: b.id, n1: n1.id, link: link.id }, snapshot }
}

describe('share this library', () => {
  it('converts once, keeping every id, and serves the same answers from the team documents', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'px-share-'))
    dirs.push(dir)
    const { ids, snapshot } = await soloLibrary(dir)
    const report = value(await shareLibrary({ dataDir: dir, user: 'alice', name: 'Desk' }))
    expect(report).toMatchObject({ articles: 2, annotations: 3, links: 1 })
    expect(existsSync(join(dir, 'annotations'))).toBe(false)
    expect(readdirSync(report.backup).sort()).toEqual(['annotations', 'library.json', 'texts'])
    const local = JSON.parse(readFileSync(join(dir, 'library.json'), 'utf8')) as {
      articles: unknown[]
    }
    expect(local.articles).toEqual([])

    const api = await open(dir)
    expect(value(await api.listArticles())).toEqual(snapshot.articles)
    const by = (xs: { id: string }[]) => [...xs].sort((x, y) => x.id.localeCompare(y.id))
    expect(by(value(await api.listAnnotations('all')))).toEqual(
      by(snapshot.annotations.map((x) => ({ ...x, by: 'alice' })))
    )
    expect(value(await api.listAnnotations('all', true)).map((x) => x.id)).toEqual(
      snapshot.trash.map((x) => x.id)
    )
    expect(value(await api.listLinks([ids.a, ids.b]))).toEqual(snapshot.links)
    expect(value(await api.getPalette())).toEqual(snapshot.palette)
    expect(value(await api.openArticle(ids.a)).text).toBe(snapshot.texts[0])
    expect((await shareLibrary({ dataDir: dir, user: 'alice' })).ok).toBe(false)
    await close()

    // `parallax list` and `export` read a team library without writing anything in it.
    vi.stubGlobal('__PARALLAX_VERSION__', 'test')
    const before = readdirSync(join(dir, 'team'), { recursive: true }).sort()
    const ro = await openLibraryReadOnly(dir)
    expect(value(await ro.api.listArticles())).toEqual(snapshot.articles)
    expect(value(await ro.api.listAnnotations('all')).length).toBe(snapshot.annotations.length)
    expect(readdirSync(join(dir, 'team'), { recursive: true }).sort()).toEqual(before)
  })

  it('keeps team edits across a restart, each acknowledged after its flush', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'px-share-'))
    dirs.push(dir)
    const { ids } = await soloLibrary(dir)
    value(await shareLibrary({ dataDir: dir, user: 'alice' }))
    let api = await open(dir)
    const made = value(
      await api.createAnnotation({
        article: ids.a,
        start: 0,
        end: 6,
        color: 'green',
        tags: ['lead']
      })
    )
    value(
      await api.updateAnnotation(ids.a, ids.n1, { note: 'checked twice', tags: ['count', 'x'] })
    )
    value(await api.deleteLink(ids.link))
    value(await api.updateArticle(ids.b, { title: 'Soldiers withdraw (wire)' }))
    const c = value(
      await api.importArticle({ pasted: 'A third\n\nA third report of the same day.' })
    )
    value(await api.trashArticles([ids.b]))
    await close()

    api = await open(dir)
    const all = value(await api.listAnnotations('all'))
    expect(all.find((x) => x.id === made.id)).toMatchObject({
      by: 'alice',
      body: { color: 'green', tags: ['lead'] }
    })
    expect(all.find((x) => x.id === ids.n1)?.body).toMatchObject({
      note: 'checked twice',
      tags: ['count', 'x']
    })
    expect(value(await api.listLinks([ids.a]))).toEqual([])
    expect(value(await api.listArticles({ trashed: true })).map((r) => r.id)).toEqual([ids.b])
    expect(value(await api.listArticles({ trashed: true }))[0]?.title).toBe(
      'Soldiers withdraw (wire)'
    )
    if (c.status !== 'imported') throw new Error('import failed')
    expect(value(await api.openArticle(c.id)).text).toContain('A third report')
    value(await api.emptyTrash())
    expect(
      value(await api.listArticles())
        .map((r) => r.id)
        .sort()
    ).toEqual([ids.a, c.id].sort())
  })

  it('shares through the contract and keeps serving the same api, now from the team library', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'px-share-'))
    dirs.push(dir)
    const { ids } = await soloLibrary(dir)
    const api = await open(dir)
    expect((await api.shareLibrary('Bad Name')).ok).toBe(false)
    expect(value(await api.shareLibrary('bob', 'Desk'))).toMatchObject({ articles: 2 })
    expect(existsSync(join(dir, 'team.json'))).toBe(true)
    const made = value(
      await api.createAnnotation({ article: ids.b, start: 0, end: 8, color: 'red' })
    )
    expect(made.by).toBe('bob')
    await close()
    const again = await open(dir)
    expect(value(await again.listAnnotations([ids.b])).map((a) => a.id)).toContain(made.id)
  })
})
