import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { strFromU8, unzipSync } from 'fflate'
import { newBriefingSpec } from '../src/shared/briefing-spec'
import { expect, startHost, test, type AppHandle } from './fixtures'

const SHOTS = '/tmp/shots'
const ZELENSKYY =
  'Zelenskyy claimed that 10,000 North Korean soldiers could join Russian forces fighting in Ukraine.'
const TROOPS = 'up to 12,000 North Korean combat troops have been deployed to the battlefield'
const BLINKEN = '“needs and will receive a resolute response,”'
const NOTE = 'Check | this *claim*, "quoted", <script>alert(1)</script>\nsecond line'

type Ok<T> = { ok: true; value: T }

/** Calls the host's API as the renderer does (same token, same contract). */
async function call<T>(app: AppHandle, channel: string, ...args: unknown[]): Promise<T> {
  const res = await app.page.request.post(`${app.origin}/api/${channel}`, {
    headers: { Authorization: `Bearer ${app.token}` },
    data: { args }
  })
  const body = (await res.json()) as Ok<T> | { ok: false; error: { message: string } }
  if (!body.ok) throw new Error(`${channel}: ${body.error.message}`)
  return body.value
}

/** The sample library with three annotations and a confirmed contradiction (000 vs 003). */
async function annotate(app: AppHandle): Promise<{ a000: string; a003: string }> {
  const rows = await call<{ id: string; title: string }[]>(app, 'articles:list')
  const find = (part: string): string => rows.find((r) => r.title.includes(part))?.id as string
  const a000 = find('The head of NATO said Thursday')
  const a003 = find('Blinken meets')
  const where = async (id: string, phrase: string) => {
    const text = (await call<{ text: string }>(app, 'articles:open', id)).text
    const start = text.indexOf(phrase)
    expect(start).toBeGreaterThanOrEqual(0)
    return { article: id, start, end: start + phrase.length, text: phrase }
  }
  const z = await where(a000, ZELENSKYY)
  const t = await where(a003, TROOPS)
  const b = await where(a003, BLINKEN)
  await call(app, 'annotations:create', {
    article: a000,
    start: z.start,
    end: z.end,
    color: 'red',
    tags: ['north-korea'],
    note: NOTE,
    grade: { reliability: 'B', credibility: 2 }
  })
  await call(app, 'annotations:create', {
    article: a003,
    start: t.start,
    end: t.end,
    color: 'blue',
    tags: ['north-korea']
  })
  await call(app, 'annotations:create', {
    article: a003,
    start: b.start,
    end: b.end,
    color: 'yellow',
    tags: ['response'],
    note: 'Blinken, verbatim'
  })
  await call(app, 'articles:grade', a003, { reliability: 'A', credibility: 2 })
  // The engine's own number contradiction between 000 and 003, confirmed as an analyst would.
  type Found = { id: string; kind: string; subtype: string; explanation: string }
  const findings = await call<Found[]>(app, 'analysis:run', [a000, a003])
  const finding = findings.find((f) => f.kind === 'contradiction' && f.subtype === 'number')
  // The explanation names the counted thing and each article's value.
  expect(finding?.explanation).toContain('North Korean soldiers/troops deployed')
  expect(finding?.explanation).toMatch(/up to 12,000 \(1 article\) vs 10,000 \(1 article/)
  await call(app, 'decisions:set', finding?.id, [a000, a003], {
    status: 'confirmed',
    comment: 'Counts differ; both cite intelligence.'
  })
  return { a000, a003 }
}

// A locator, not its texts read once: the preview's frame is replaced on every change, and only a
// web-first assertion retries across that; a read in between fails with a destroyed context.
const previewHeadings = (page: Page): Locator =>
  page.frameLocator('[data-testid="bf-preview"]').locator('h2')

/** Clicks an export button and returns the downloaded file's path. */
async function exportAs(page: Page, format: string): Promise<{ path: string; name: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(`export-${format}`).click()
  ])
  await expect(page.getByTestId('export-status')).toContainText('Downloaded')
  return { path: (await download.path()) as string, name: download.suggestedFilename() }
}

test('compose a briefing from the sample articles and export every format', async ({ app }) => {
  // Every format, PDF through Chromium included: three times the usual limit.
  test.slow()
  mkdirSync(SHOTS, { recursive: true })
  const { page } = app
  const { a000, a003 } = await annotate(app)
  await page.reload()
  // Start from the two annotated articles, chosen in the library.
  for (const t of ['The head of NATO said Thursday', 'Blinken meets'])
    await page.getByTestId('article-row').filter({ hasText: t }).getByTestId('row-check').check()
  await page.screenshot({ path: `${SHOTS}/briefing-entry.png` })
  await page.getByTestId('open-briefing').click()
  await expect(page.getByTestId('briefing')).toBeVisible()
  await page.getByTestId('bf-title').fill('North Korean troops: what the sources say')
  await page.getByTestId('bf-author').fill('A. Analyst')
  await page.getByTestId('bf-marking').fill('OFFICIAL-SENSITIVE')
  await page.getByTestId('bf-summary').fill('Counts **differ** between Kyiv and Washington.')
  await expect(previewHeadings(page)).toHaveText([
    'Executive summary',
    'Sources',
    'Where the sources agree',
    'Where they disagree',
    'Annotations',
    'Stories: timeline and claims',
    'Appendix: full citations'
  ])
  const preview = page.frameLocator('[data-testid="bf-preview"]')
  await expect(preview.locator('h1')).toHaveText('North Korean troops: what the sources say')
  await expect(preview.locator('.pair blockquote').first()).toContainText(
    '10,000 North Korean soldiers'
  )
  await expect(preview.locator('.pair blockquote').nth(1)).toContainText(
    'up to 12,000 North Korean combat troops'
  )
  // The note's <script> is text in the preview, never an element.
  await expect(preview.locator('.note').first()).toContainText('<script>alert(1)</script>')
  await expect(preview.locator('script')).toHaveCount(0)
  await page.screenshot({ path: `${SHOTS}/briefing-composer.png` })

  // Reorder: drag "Where they disagree" above "Where the sources agree"...
  const row = (s: string) => page.locator(`[data-testid="section-row"][data-section="${s}"]`)
  await row('disagree').dragTo(row('agree'))
  await expect(previewHeadings(page)).toHaveText([
    'Executive summary',
    'Sources',
    'Where they disagree',
    'Where the sources agree',
    'Annotations',
    'Stories: timeline and claims',
    'Appendix: full citations'
  ])
  // ...then move the appendix up with the keyboard, and leave the sources table out.
  await row('appendix').focus()
  await page.keyboard.press('Alt+ArrowUp')
  await page.keyboard.press('Alt+ArrowUp')
  await expect(row('appendix')).toBeFocused()
  await row('sources').getByRole('checkbox').uncheck()
  await expect(previewHeadings(page)).toHaveText([
    'Executive summary',
    'Where they disagree',
    'Where the sources agree',
    'Appendix: full citations',
    'Annotations',
    'Stories: timeline and claims'
  ])
  await row('sources').getByRole('checkbox').check()

  // Annotations: only #north-korea, grouped by colour meaning.
  await page.getByTestId('bf-tag').filter({ hasText: '#north-korea' }).click()
  await page.getByRole('radio', { name: 'colour meaning' }).click()
  await expect(page.getByTestId('bf-annotation')).toHaveCount(2)
  await expect(preview.locator('#annotations h3')).toHaveText(['Doubtful', 'Follow up'])
  // Hand-pick: untick the Blinken troops quote.
  await page
    .getByTestId('bf-annotation')
    .filter({ hasText: 'up to 12,000' })
    .getByRole('checkbox')
    .uncheck()
  await expect(preview.locator('#annotations h3')).toHaveText(['Doubtful'])
  await page.screenshot({ path: `${SHOTS}/briefing-arranged.png` })

  const md = await exportAs(page, 'md')
  expect(md.name).toBe('north-korean-troops-what-the-sources-say.md')
  const mdText = readFileSync(md.path, 'utf8')
  expect(mdText).toContain('**OFFICIAL\\-SENSITIVE**')
  expect(mdText).toContain('Counts **differ** between Kyiv and Washington.')
  expect(mdText).toContain('Check | this *claim*, "quoted", \\<script>alert(1)\\</script>')
  expect(mdText.indexOf('## Where they disagree')).toBeLessThan(
    mdText.indexOf('## Where the sources agree')
  )
  // The two articles tell one story: its timeline lists both, each with its day and citation.
  const story = mdText.slice(mdText.indexOf('## Stories: timeline and claims'))
  expect(story).toMatch(/^### North Korea/m)
  expect(story).toMatch(
    /^1\. 18 Oct 2024 · unknown outlet · The head of NATO said Thursday.* \\\[\d\\\]$/m
  )
  expect(story).toMatch(
    /^1\. undated · Reuters and the Associated Press · Blinken meets.* \\\[\d\\\]$/m
  )

  const html = readFileSync((await exportAs(page, 'html')).path, 'utf8')
  expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'`)
  expect(html).toContain(ZELENSKYY)
  expect(html).toContain('up to 12,000 North Korean combat troops')
  expect(html).not.toContain('<script>')
  expect(html).toContain('<h2>Stories: timeline and claims</h2>')
  expect(html).toMatch(/<ol class="timeline"><li>18 Oct 2024 · unknown outlet · The head of NATO/)

  const pdf = await exportAs(page, 'pdf')
  expect(readFileSync(pdf.path).subarray(0, 5).toString()).toBe('%PDF-')
  const pdfText = execFileSync('pdftotext', ['-layout', pdf.path, '-']).toString()
  const pages = pdfText.split('\f').filter((p) => p.trim())
  pages.forEach((p, i) => {
    expect(p).toContain('OFFICIAL-SENSITIVE')
    expect(p).toContain(`Page ${i + 1} of ${pages.length}`)
  })
  const pdfWords = execFileSync('pdftotext', [pdf.path, '-']).toString().replace(/\s+/g, ' ')
  expect(pdfWords).toContain(ZELENSKYY)
  expect(pdfWords).toContain('Stories: timeline and claims')
  expect(pdfWords).toMatch(/18 Oct 2024 · unknown outlet · The head of NATO/)
  spawnSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    pdf.path,
    `${SHOTS}/briefing-page1`
  ])

  const docx = await exportAs(page, 'docx')
  // fflate is what docx zips with; it reads the part back without needing unzip installed.
  const xml = strFromU8(unzipSync(readFileSync(docx.path))['word/document.xml'] ?? new Uint8Array())
  expect(xml).toContain(ZELENSKYY)
  expect(xml).toContain('up to 12,000 North Korean combat troops')
  expect(xml).toContain('Stories: timeline and claims')
  expect(xml).toMatch(/1\. 18 Oct 2024 · unknown outlet · The head of NATO/)

  const jsonld = JSON.parse(readFileSync((await exportAs(page, 'jsonld')).path, 'utf8'))
  expect(jsonld.type).toBe('AnnotationCollection')
  expect(
    jsonld.first.items.map(
      (i: { target: { selector: { exact: string }[] } }) => i.target.selector[0]?.exact
    )
  ).toEqual([ZELENSKYY])
  expect(jsonld['urn:parallax:stories'][0].timeline.map((t: { when: string }) => t.when)).toEqual([
    '18 Oct 2024',
    ''
  ])

  const csv = readFileSync((await exportAs(page, 'csv')).path, 'utf8')
  expect(csv).toContain('\r\n\r\nstory,part,claim,status,outlet,entry\r\n')
  expect(csv.match(/,timeline,/g)).toHaveLength(2)
  expect(csv).toContain(
    '"Check | this *claim*, ""quoted"", <script>alert(1)</script>\nsecond line"'
  )

  const bundle = JSON.parse(readFileSync((await exportAs(page, 'bundle')).path, 'utf8'))
  expect(bundle.format).toBe('parallax-bundle')
  expect(bundle.articles.map((a: { meta: { id: string } }) => a.meta.id).sort()).toEqual(
    [a000, a003].sort()
  )
  expect(bundle.articles.flatMap((a: { annotations: unknown[] }) => a.annotations)).toHaveLength(3)
  expect(bundle.decisions).toHaveLength(1)
  await page.screenshot({ path: `${SHOTS}/briefing-exported.png` })
})

test('a bundle imported through the UI into an empty library brings everything back, and exports identically', async ({
  app
}) => {
  const { a000, a003 } = await annotate(app)
  const spec = newBriefingSpec([a000, a003], { title: 'Round trip', sections: [] })
  const first = await call<{ name: string; data: string }>(app, 'briefing:export', spec, 'bundle')
  expect(first.name).toBe('round-trip.parallax.json')
  const dir = mkdtempSync(join(tmpdir(), 'parallax-e2e-bundle-'))
  const samples = join(dir, 'no-samples')
  mkdirSync(samples)
  writeFileSync(join(dir, first.name), first.data)
  const second = await startHost(join(dir, 'data'), { PARALLAX_SAMPLES: samples })
  try {
    // The same browser tab, now on the second host (another origin, so its own token).
    const page = app.page
    await page.goto(second.url)
    await expect(page.getByTestId('article-row')).toHaveCount(0)
    await page.getByTestId('file-input').setInputFiles(join(dir, first.name))
    await expect(page.getByTestId('import-summary')).toContainText(
      '1 imported · 0 already in the library · 0 failed'
    )
    await page.getByRole('button', { name: 'Close' }).click()
    await expect(page.getByTestId('article-row')).toHaveCount(2)
    // The second library's own export of the same articles is the same file.
    const u = new URL(second.url)
    const other = { ...app, page, origin: u.origin, token: /token=([^&]+)/.exec(u.hash)?.[1] }
    const again = await call<{ data: string }>(other, 'briefing:export', spec, 'bundle')
    const strip = (json: string): string => json.replace(/"exportedAt": "[^"]*"/, '')
    expect(strip(again.data)).toBe(strip(first.data))
    const notes = await call<{ body: { note: string } }[]>(other, 'annotations:list', 'all')
    expect(notes.map((n) => n.body.note)).toContain(NOTE)
  } finally {
    second.child.kill('SIGTERM')
    await new Promise((r) => second.child.once('exit', r))
    rmSync(dir, { recursive: true, force: true })
  }
})
