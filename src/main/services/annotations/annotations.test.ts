import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Annotation, Finding } from '../../../shared/model'
import { Annotations } from './annotations'
import { reimportArticle } from './reimport'
import { makeRig, type Rig } from './test-rig'

const text003 = readFileSync(
  join(__dirname, '../../../../articles/003-blinken-meets-nato-secretary-general.txt'),
  'utf8'
)
const claim = 'up to 12,000 North Korean combat troops have been deployed'

let rig: Rig
let id: string
let text: string
beforeEach(async () => {
  rig = await makeRig()
  id = await rig.add(text003)
  text = await rig.library.readText(id)
})
afterEach(() => rig.close())

const span = (phrase: string): { start: number; end: number } => {
  const start = text.indexOf(phrase)
  if (start < 0) throw new Error(`"${phrase}" not in the stored text`)
  return { start, end: start + phrase.length }
}
const onDisk = async (article: string): Promise<Annotation[]> =>
  JSON.parse(await readFile(join(rig.dir, 'annotations', `${article}.json`), 'utf8')).annotations

async function create(phrase: string, extra: { tags?: string[]; note?: string } = {}) {
  const r = await rig.annotations.create({ article: id, ...span(phrase), color: 'red', ...extra })
  if (!r.ok) throw new Error(r.error.message)
  return r.value
}

describe('annotations', () => {
  it('is on disk, with its quote and offsets, when create resolves', async () => {
    const a = await create(claim, { tags: ['Troop numbers '], note: '**check** the figure' })
    const [stored] = await onDisk(id)
    expect(stored?.id).toBe(a.id)
    expect(stored?.target.selector[0].exact).toBe(claim)
    expect(stored?.target.selector[1]).toMatchObject(span(claim))
    expect(stored?.body).toMatchObject({
      color: 'red',
      tags: ['troop numbers'],
      note: '**check** the figure'
    })
  })

  it('rejects a selection outside the text, blank, or in an unknown colour, and stores nothing', async () => {
    const bad = [
      { article: id, start: 0, end: text.length + 5, color: 'red' },
      { article: id, ...span('\n\n'), color: 'red' },
      { article: id, ...span(claim), color: 'ultraviolet' }
    ]
    const errors = await Promise.all(bad.map((b) => rig.annotations.create(b)))
    expect(errors.map((e) => (e.ok ? 'ok' : e.error.message))).toEqual([
      expect.stringMatching(/outside the article's text/),
      expect.stringMatching(/white space/),
      expect.stringMatching(/no colour "ultraviolet"/)
    ])
    expect(await rig.annotations.list([id])).toEqual([])
  })

  it('moves a deleted annotation to the trash and restores it unchanged', async () => {
    const a = await create(claim, { note: 'keep me' })
    await rig.annotations.trash(id, a.id)
    expect(await rig.annotations.list([id])).toEqual([])
    expect((await rig.annotations.list('all', true)).map((x) => x.body.note)).toEqual(['keep me'])
    await rig.annotations.restore(id, a.id)
    const [back] = await onDisk(id)
    expect(back?.deletedAt).toBeUndefined()
    expect(back?.body.note).toBe('keep me')
  })

  it('renames a tag across articles, and merges it onto an existing tag', async () => {
    const other = await rig.add('Second article.\n\nUkraine must prevail, Rutte said in Brussels.')
    const otherText = await rig.library.readText(other)
    const at = otherText.indexOf('Ukraine must prevail')
    await create(claim, { tags: ['troops', 'numbers'] })
    await create('Blinken warned', { tags: ['numbers'] })
    await rig.annotations.create({
      article: other,
      start: at,
      end: at + 20,
      color: 'blue',
      tags: ['troops']
    })
    const renamed = await rig.annotations.renameTag('Troops', 'forces')
    expect(renamed).toEqual({ ok: true, value: 2 })
    const merged = await rig.annotations.renameTag('forces', 'numbers')
    expect(merged).toEqual({ ok: true, value: 2 })
    const tags = (await rig.annotations.list('all')).map((a) => a.body.tags)
    expect(tags).toEqual(expect.arrayContaining([['numbers'], ['numbers'], ['numbers']]))
    expect((await onDisk(other))[0]?.body.tags).toEqual(['numbers'])
    const missing = await rig.annotations.renameTag('forces', 'x')
    expect(missing.ok).toBe(false)
  })

  it('re-anchors on re-import: moved text exact, edited text fuzzy, deleted text an orphan', async () => {
    await create('Blinken warned that North Korea')
    await create(claim)
    await create('Ukrainian forces have already seized a large swath of territory')
    const edited = text
      .replace('On November 13,', 'On Wednesday, November 13,')
      .replace('12,000 North Korean combat troops', '11,000 North Korean troops')
      .replace(/Ukrainian forces have already seized[^.]*\./, '')
    const r = await reimportArticle(rig.library, rig.files, id, { pasted: edited })
    expect(r).toEqual({ ok: true, value: { exact: 1, fuzzy: 1, orphans: 1, findingOrphans: 0 } })
    const newText = await rig.library.readText(id)
    const stored = await onDisk(id)
    const [warned, fuzzy, orphan] = stored
    const [q, p] = warned!.target.selector
    expect(newText.slice(p.start, p.end)).toBe(q.exact)
    expect(fuzzy?.anchor.status).toBe('fuzzy')
    expect(fuzzy?.target.selector[0].exact).toContain('11,000 North Korean troops')
    expect(orphan?.anchor.status).toBe('orphan')
    expect(orphan?.target.selector[0].exact).toContain('seized a large swath')
  })
})

describe('after a crash between the two writes of a re-import', () => {
  it('re-anchors annotations left pointing at the old offsets instead of painting wrong words', async () => {
    await create(claim)
    // The new text is stored, but the process died before the annotations were re-placed.
    const replaced = await rig.library.replaceText(id, { pasted: `Breaking update.\n\n${text}` })
    expect(replaced.ok).toBe(true)
    const restarted = new Annotations(rig.files, rig.library, () => rig.library.store.data.palette)
    const [a] = await restarted.list([id])
    const newText = await rig.library.readText(id)
    const [q, p] = a!.target.selector
    expect(newText.slice(p.start, p.end)).toBe(claim)
    expect(q.exact).toBe(claim)
    expect((await onDisk(id))[0]?.target.selector[1].start).toBe(p.start)
  })
})

describe('links', () => {
  it('links two annotations across articles and refuses a missing end', async () => {
    const other = await rig.add('Other report.\n\nUp to 10,000 troops were sent, officials said.')
    const otherText = await rig.library.readText(other)
    const at = otherText.indexOf('Up to 10,000 troops')
    const a = await create(claim)
    const b = await rig.annotations.create({
      article: other,
      start: at,
      end: at + 19,
      color: 'red'
    })
    if (!b.ok) throw new Error(b.error.message)
    const link = await rig.links.create(
      'contradicts',
      { type: 'annotation', id: a.id, article: id },
      { type: 'annotation', id: b.value.id, article: other }
    )
    expect(link.ok).toBe(true)
    expect(rig.links.list([other]).map((l) => l.relation)).toEqual(['contradicts'])
    expect(rig.links.list([id])).toHaveLength(1)
    const stored = JSON.parse(await readFile(join(rig.dir, 'library.json'), 'utf8'))
    expect(stored.links).toHaveLength(1)
    await rig.annotations.trash(other, b.value.id)
    const refused = await rig.links.create(
      'related',
      { type: 'annotation', id: a.id, article: id },
      { type: 'annotation', id: b.value.id, article: other }
    )
    expect(refused.ok ? '' : refused.error.message).toMatch(/in the trash/)
  })

  it("turns a confirmed finding into a link between the analyst's annotations, and back", async () => {
    const other = await rig.add('Other report.\n\nUp to 10,000 troops were sent, officials said.')
    const otherText = await rig.library.readText(other)
    const at = otherText.indexOf('10,000')
    const mine = await create(claim)
    const side = (article: string, t: string, phrase: string) => {
      const start = t.indexOf(phrase)
      return { article, start, end: start + phrase.length, text: phrase }
    }
    const finding: Finding = {
      id: 'f-number-1',
      kind: 'contradiction',
      subtype: 'number',
      score: 0.9,
      explanation: 'number: 12,000 vs 10,000',
      a: side(id, text, '12,000 North Korean'),
      b: side(other, otherText, '10,000 troops'),
      diff: []
    }
    expect(at).toBeGreaterThan(0)
    expect((await rig.links.syncFinding(finding, true)).ok).toBe(true)
    const [link] = rig.links.list([other])
    expect(link?.relation).toBe('contradicts')
    expect(link?.finding).toBe('f-number-1')
    // The side the analyst annotated links to the annotation; the other to the passage.
    expect(link?.from).toEqual({ type: 'annotation', id: mine.id, article: id })
    expect(link?.to).toMatchObject({
      type: 'finding',
      findingId: 'f-number-1',
      article: other,
      selector: [{ exact: '10,000 troops' }, {}],
      anchor: { status: 'exact' }
    })
    await rig.links.syncFinding(finding, true)
    expect(rig.links.list([id])).toHaveLength(1)
    await rig.links.syncFinding(finding, false)
    expect(rig.links.list([id, other])).toEqual([])
  })
})
