import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createServices, type Services } from '..'
import { inProcessChannel } from './channels'
import { createEngineHost } from './engines'

const articles = resolve(__dirname, '../../../../articles')
let s: Services | undefined
afterAll(async () => s?.close())

const must = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message)
  return r.value
}

describe('analysis scope', () => {
  it('compares articles of two stories only when asked, and a finding found so can be decided', async () => {
    s = await createServices({
      dataDir: mkdtempSync(join(tmpdir(), 'parallax-scope-')),
      transport: 'http',
      version: 'test',
      sampleDir: null,
      engineChannel: inProcessChannel(createEngineHost())
    })
    const ids: string[] = []
    for (const name of [
      '000-nato-rutte-zelenskyy-ukraine-prevails.txt',
      '003-blinken-meets-nato-secretary-general.txt'
    ]) {
      const r = must(await s.api.importArticle({ name, data: readFileSync(join(articles, name)) }))
      if (r.status !== 'imported') throw new Error(`could not import ${name}`)
      ids.push(r.id)
    }
    const contradiction = <F extends { kind: string; subtype: string }>(fs: F[]): F[] =>
      fs.filter((f) => f.kind === 'contradiction' && f.subtype === 'number')
    // One story: the troop counts (10,000 vs up to 12,000) contradict.
    expect(contradiction(must(await s.api.analyze(ids)))).toHaveLength(1)
    // The analyst puts the Blinken article in a story of its own: nothing joins them now...
    must(await s.api.editStory({ op: 'move', article: ids[1] as string }))
    expect(must(await s.api.analyze(ids)).filter((f) => f.a.article !== f.b.article)).toEqual([])
    // ...unless asked to compare anyway; that finding is then a finding like any other.
    const anyway = contradiction(must(await s.api.analyze(ids, 'all-pairs')))
    expect(anyway).toHaveLength(1)
    const f = anyway[0] as (typeof anyway)[number]
    const decided = must(await s.api.decideFinding(f.id, ids, { status: 'confirmed' }))
    expect(decided.status).toBe('confirmed')
  })
})
