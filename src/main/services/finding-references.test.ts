import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { newBriefingSpec } from '../../shared/briefing-spec'
import { spanOf } from '../../shared/anchoring'
import type { Finding, LinkEnd } from '../../shared/model'
import { inProcessChannel } from './analysis/channels'
import { createEngineHost } from './analysis/engines'
import type { Bundle } from './export/bundle'
import { createServices, type Services } from '.'
import {
  checkLibraryData,
  emptyLibrary,
  migrateLibrary,
  SCHEMA_VERSION,
  type LibraryData
} from './library-schema'

const articles = resolve(__dirname, '../../../articles')
const file000 = '000-nato-rutte-zelenskyy-ukraine-prevails.txt'
const file003 = '003-blinken-meets-nato-secretary-general.txt'
const open: Services[] = []

async function library(seed: boolean): Promise<Services> {
  const s = await createServices({
    dataDir: mkdtempSync(join(tmpdir(), 'parallax-refs-')),
    transport: 'http',
    version: 'test',
    sampleDir: null,
    engineChannel: inProcessChannel(createEngineHost())
  })
  open.push(s)
  if (seed)
    for (const name of [file000, file003]) {
      const r = await s.api.importArticle({ name, data: readFileSync(join(articles, name)) })
      if (!r.ok || r.value.status !== 'imported') throw new Error(`could not import ${name}`)
    }
  return s
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()))
})

const must = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message)
  return r.value
}

const v1End = (e: Extract<LinkEnd, { type: 'finding' }>) => ({
  type: 'finding',
  findingId: e.findingId,
  passage: spanOf(e)
})

/** The two article ids (000 first) and the contradiction between them. */
async function confirmed(s: Services): Promise<{ ids: string[]; finding: Finding }> {
  const origin = (id: string): string => s.library.meta(id)?.origin ?? ''
  const ids = s.library
    .list()
    .map((a) => a.id)
    .sort((a, b) => origin(a).localeCompare(origin(b)))
  const findings = must(await s.api.analyze(ids))
  const finding = findings.find((f) => f.kind === 'contradiction' && f.subtype === 'number')
  if (!finding) throw new Error('no number contradiction between 000 and 003')
  must(await s.api.decideFinding(finding.id, ids, { status: 'confirmed', comment: 'counts' }))
  return { ids, finding }
}

describe('decisions and finding links follow a re-imported article', () => {
  it('confirm, re-import 000 with a paragraph added, export a bundle, import it: nothing lost', async () => {
    const s = await library(true)
    const { ids, finding } = await confirmed(s)
    const [id000] = ids as [string, string]
    const text = await s.library.readText(id000)
    const added = `A paragraph added at the top, before anything else.\n\n${text}`
    const report = must(await s.api.reimportArticle(id000, { pasted: added }))
    expect(report.findingOrphans).toBe(0)

    const side = finding.a.article === id000 ? finding.a : finding.b
    const [decision] = must(await s.api.listDecisions(ids))
    const moved = decision?.a.article === id000 ? decision.a : decision?.b
    expect(moved?.anchor.status).toBe('exact')
    const now = await s.library.readText(id000)
    expect(now.slice(moved?.selector[1].start, moved?.selector[1].end)).toBe(side.text)
    const [link] = must(await s.api.listLinks(ids))
    const end = [link?.from, link?.to].find((e) => e?.article === id000)
    expect(end?.type === 'finding' && end.selector[1].start).toBe(moved?.selector[1].start)

    const file = must(await s.api.exportBriefing(newBriefingSpec(ids), 'bundle'))
    const fresh = await library(false)
    const imported = must(
      await fresh.api.importArticle({ name: file.name, data: new TextEncoder().encode(file.data) })
    )
    expect(imported).toMatchObject({ status: 'imported' })
    expect(imported.status === 'imported' && imported.title).toContain(
      '2 new articles, 0 annotations, 1 link, 1 decision'
    )
    const [back] = must(await fresh.api.listDecisions(ids))
    expect(back).toMatchObject({ findingId: finding.id, status: 'confirmed', comment: 'counts' })
    expect(back?.a).toEqual(decision?.a)
    expect(back?.b).toEqual(decision?.b)
    expect(must(await fresh.api.listLinks(ids))).toEqual(must(await s.api.listLinks(ids)))
  })

  it('keeps a side whose passage was deleted as an orphan with its quote, and still exports', async () => {
    const s = await library(true)
    const { ids, finding } = await confirmed(s)
    const [id000] = ids as [string, string]
    const side = finding.a.article === id000 ? finding.a : finding.b
    const text = await s.library.readText(id000)
    const report = must(await s.api.reimportArticle(id000, { pasted: text.replace(side.text, '') }))
    expect(report.findingOrphans).toBe(2)
    const [decision] = must(await s.api.listDecisions(ids))
    const gone = decision?.a.article === id000 ? decision.a : decision?.b
    expect(gone?.anchor.status).toBe('orphan')
    expect(gone?.selector[0].exact).toBe(side.text)
    const file = must(await s.api.exportBriefing(newBriefingSpec(ids), 'bundle'))
    const fresh = await library(false)
    const imported = must(
      await fresh.api.importArticle({ name: file.name, data: new TextEncoder().encode(file.data) })
    )
    expect(imported.status).toBe('imported')
  })

  it('reads a version 1 bundle, whose decisions and links kept offsets', async () => {
    const s = await library(true)
    const { ids, finding } = await confirmed(s)
    const file = must(await s.api.exportBriefing(newBriefingSpec(ids), 'bundle'))
    const b = JSON.parse(file.data) as Bundle
    const v1 = {
      ...b,
      version: 1,
      decisions: b.decisions.map(({ kind, explanation, a, b: other, ...rest }) => ({
        ...rest,
        finding: { id: rest.findingId, kind, explanation, a: spanOf(a), b: spanOf(other) }
      })),
      links: b.links.map((l) => ({
        ...l,
        from: l.from.type === 'finding' ? v1End(l.from) : l.from,
        to: l.to.type === 'finding' ? v1End(l.to) : l.to
      }))
    }
    const fresh = await library(false)
    const data = new TextEncoder().encode(JSON.stringify(v1))
    const imported = must(await fresh.api.importArticle({ name: 'old.parallax.json', data }))
    expect(imported.status === 'imported' && imported.title).toContain('1 link, 1 decision')
    const [back] = must(await fresh.api.listDecisions(ids))
    expect(back?.findingId).toBe(finding.id)
    expect(back?.a).toEqual(b.decisions[0]?.a)
    expect(must(await fresh.api.listLinks(ids))).toEqual(b.links)
  })

  it('refuses a decision on a finding the analysis does not report', async () => {
    const s = await library(true)
    const ids = s.library.list().map((a) => a.id)
    const r = await s.api.decideFinding('planted-by-a-caller', ids, { status: 'confirmed' })
    expect(r.ok || r.error.code).toBe('not-found')
  })
})

describe('schema 2 decisions and links', () => {
  const text = 'Officials said 10,000 troops were sent. Others said 12,000.'
  const passage = (phrase: string, at = text.indexOf(phrase)) => ({
    article: 'aa',
    start: at,
    end: at + phrase.length,
    text: phrase
  })
  const v2 = (): LibraryData =>
    ({
      ...emptyLibrary(),
      schemaVersion: 2,
      decisions: {
        f1: {
          findingId: 'f1',
          status: 'confirmed',
          at: '2026-01-01T00:00:00.000Z',
          finding: {
            id: 'f1',
            kind: 'contradiction',
            subtype: 'number',
            score: 1,
            explanation: 'number: 10,000 vs 12,000',
            a: passage('10,000 troops'),
            // Stale: the offsets of a text that has since changed.
            b: passage('12,000', 3),
            diff: []
          }
        }
      },
      links: [
        {
          id: 'ln-0123456789abcdef',
          relation: 'contradicts',
          from: { type: 'finding', findingId: 'f1', passage: passage('10,000 troops') },
          to: { type: 'annotation', id: 'an-0123456789abcdef', article: 'aa' },
          created: '2026-01-01T00:00:00.000Z',
          finding: 'f1'
        }
      ]
    }) as unknown as LibraryData

  it('become selectors on the stored text; offsets that miss it become orphans', () => {
    const data = v2()
    expect(migrateLibrary(data, (id) => (id === 'aa' ? text : undefined))).toBe(true)
    expect(data.schemaVersion).toBe(SCHEMA_VERSION)
    const d = data.decisions.f1
    expect(d).toMatchObject({ kind: 'contradiction', explanation: 'number: 10,000 vs 12,000' })
    expect(d).not.toHaveProperty('finding')
    expect(d?.a).toMatchObject({
      article: 'aa',
      selector: [
        { exact: '10,000 troops', prefix: 'Officials said ' },
        { start: 15, end: 28 }
      ],
      anchor: { status: 'exact' }
    })
    expect(d?.b).toMatchObject({
      selector: [{ exact: '12,000' }, {}],
      anchor: { status: 'orphan' }
    })
    expect(data.links[0]?.from).toEqual({ type: 'finding', findingId: 'f1', ...d?.a })
    expect(data.links[0]?.to).toEqual(v2().links[0]?.to)
    expect(checkLibraryData(data)).toBeNull()
  })
})
