import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

type EcbDoc = { id: string; topic: number; title: string; text: string }

// Each report gets an outlet and a publication time as a news page states them (Open Graph and
// article:published_time), so the import reads them like it reads a saved web page. The outlets
// are made up; the texts are ECB+'s.
const IRAN = [
  ['Gulf Wire', '2008-09-14T09:05:00+03:30'],
  ['Qeshm Courier', '2008-09-14T10:40:00+03:30'],
  ['Persian Desk', '2008-09-14T13:20:00+03:30'],
  ['Hormoz Daily', '2008-09-14T16:45:00+03:30'],
  ['Tehran Ledger', '2008-09-15T08:30:00+03:30']
] as const
const SONOMA = [
  ['Sonoma Ledger', '2008-11-02T10:02:00-08:00'],
  ['Cloverdale Post', '2008-11-02T11:15:00-08:00'],
  ['North Bay Wire', '2008-11-02T12:30:00-08:00'],
  ['Santa Rosa Courier', '2008-11-02T14:05:00-08:00']
] as const

const escape = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')

function page(d: EcbDoc, outlet: string, published: string): string {
  const paragraphs = d.text
    .split(/\n+/)
    .map((p) => `<p>${escape(p)}</p>`)
    .join('\n')
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escape(d.title)}</title>
<meta property="og:site_name" content="${outlet}">
<meta property="article:published_time" content="${published}">
</head><body><article><h1>${escape(d.title)}</h1>
${paragraphs}
</article></body></html>`
}

/** Two real earthquakes (ECB+ topics 20 and 38), interleaved, one saved page per report. */
function twoEvents(): string {
  const docs = (
    JSON.parse(readFileSync(join(__dirname, '../eval/corpora/ecb-original.json'), 'utf8')) as {
      docs: EcbDoc[]
    }
  ).docs
  const iran = docs.filter((d) => d.topic === 20).map((d, i) => ({ d, meta: IRAN[i] }))
  const sonoma = docs.filter((d) => d.topic === 38).map((d, i) => ({ d, meta: SONOMA[i] }))
  const dir = join(mkdtempSync(join(tmpdir(), 'parallax-stories-')), 'quakes')
  mkdirSync(dir)
  const mixed = iran.flatMap((x, i) => [x, sonoma[i]]).filter((x) => x?.meta)
  mixed.forEach((x, i) => {
    if (!x?.meta) return
    writeFileSync(
      join(dir, `${String(i).padStart(2, '0')}-${x.d.id}.html`),
      page(x.d, x.meta[0], x.meta[1])
    )
  })
  return dir
}

async function shoot(page: Page, name: string): Promise<void> {
  const dir = process.env.PARALLAX_SHOTS
  if (!dir) return
  mkdirSync(dir, { recursive: true })
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await page.screenshot({ path: join(dir, `${name}-${scheme}.png`) })
  }
  await page.emulateMedia({ colorScheme: null })
}

test('two events imported together become two stories the analyst can edit, read and brief', async ({
  app
}) => {
  // Two imports, story edits, the reader, a comparison and a briefing export in one run.
  test.slow()
  const { page } = app
  await expect(page.getByTestId('article-row')).toHaveCount(5)
  await page.getByTestId('folder-input').setInputFiles(twoEvents())
  const dialog = page.getByTestId('import-dialog')
  await expect(page.getByTestId('import-summary')).toContainText('9 imported')
  await dialog.getByRole('button', { name: 'Close' }).click()

  const items = page.getByTestId('story-item')
  const iran = items.filter({ hasText: 'Qeshm' })
  const sonoma = items.filter({ hasText: 'Geysers' })
  await expect(iran).toContainText('5 articles')
  await expect(sonoma).toContainText('4 articles')
  // A count of one is singular, every other plural.
  await expect(iran).toContainText(/· (?:1 conflict|(?:[02-9]|\d\d+) conflicts)$/)

  // The story filters the library; each row names its story and its time of day.
  await iran.click()
  await expect(page.getByTestId('article-row')).toHaveCount(5)
  await expect(page.getByTestId('row-story').first()).toContainText('Qeshm')
  await expect(page.getByTestId('article-row').filter({ hasText: 'Gulf Wire' })).toContainText(
    'Gulf Wire · 14 Sep 2008, 09:05 +03:30'
  )
  const view = page.getByTestId('story-view')
  const entries = view.getByTestId('timeline-entry')
  await expect(entries).toHaveCount(5)
  // The timeline is in time order, each report with its outlet and the minute it came out.
  await expect(entries.locator('.timeline-when')).toHaveText([
    '14 Sep 2008, 09:05 +03:30',
    '14 Sep 2008, 10:40 +03:30',
    '14 Sep 2008, 13:20 +03:30',
    '14 Sep 2008, 16:45 +03:30',
    '15 Sep 2008, 08:30 +03:30'
  ])
  await expect(entries.locator('.timeline-outlet')).toHaveText(IRAN.map(([o]) => o))

  // Move one article out, then Ctrl+Z: story edits are in the app's one history.
  await entries.first().getByTestId('timeline-move').selectOption('alone')
  await expect(entries).toHaveCount(4)
  await expect(page.getByTestId('undo-toast')).toContainText('Moved “')
  await page.keyboard.press('Control+z')
  await expect(entries).toHaveCount(5)

  // Merge with the other earthquake, then undo with the story view's own button.
  const merge = view.getByTestId('story-merge')
  const geysers = await merge.locator('option', { hasText: 'Geysers' }).getAttribute('value')
  await merge.selectOption(geysers as string)
  await expect(entries).toHaveCount(9)
  await expect(view.getByTestId('story-undo')).toHaveAttribute('title', /^Undo: Merge “/)
  await view.getByTestId('story-undo').click()
  await expect(entries).toHaveCount(5)
  await expect(sonoma).toContainText('4 articles')

  // Split the last two reports off into a story of their own, then undo that too.
  await entries.nth(3).getByTestId('timeline-pick').check()
  await entries.nth(4).getByTestId('timeline-pick').check()
  await view.getByTestId('story-split').click()
  await expect(entries).toHaveCount(3)
  await expect(items.filter({ hasText: '2 articles' })).toHaveCount(1)
  await page.keyboard.press('Control+z')
  await expect(entries).toHaveCount(5)

  // The claim table: outlets disagree on how many people were wounded, each in its column.
  const table = view.getByTestId('claim-table')
  await expect(table.locator('thead th')).toContainText(['Claim', ...IRAN.map(([o]) => o)])
  const row = view.getByTestId('claim-row').filter({ hasText: 'people wounded' }).first()
  await expect(row).toHaveAttribute('data-conflict', 'true')
  const cells = row.getByTestId('claim-cell')
  await expect(cells.nth(1)).toBeVisible()
  const seen = await cells.evaluateAll((els) =>
    els.map((el) => ({
      column: el.closest('td')?.dataset.column ?? '',
      value: el.querySelector('.claim-value')?.textContent ?? ''
    }))
  )
  const columns = new Set(seen.map((c) => c.column))
  expect(columns.size).toBeGreaterThanOrEqual(2)
  // Two outlets' columns hold different values for the same claim.
  const byColumn = new Map(seen.map((c) => [c.column, c.value]))
  expect(new Set(byColumn.values()).size).toBeGreaterThan(1)
  // Every magnitude a report's text states is in the one magnitude row: Qeshm Courier's too,
  // which the engine sets aside (its sentence also tells of aftershocks) and never marks.
  const magnitude = view.getByTestId('claim-row').filter({ hasText: 'earthquake magnitude' })
  await expect(magnitude).toHaveCount(1)
  await expect(magnitude.locator('td[data-column="o:qeshm courier"]')).toContainText('5.6')
  await expect(magnitude.getByTestId('claim-cell')).toHaveCount(4)
  await expect(magnitude).toContainText('5.4')
  await shoot(page, 'stories')

  // A cell opens its passage in the reader.
  const target = (await cells.first().getAttribute('data-article-id')) as string
  const at = Number(await cells.first().getAttribute('data-start'))
  await cells.first().click()
  await expect(page.getByTestId('article-view')).toHaveAttribute('data-article-id', target)
  const focus = page.locator('[data-story-focus="true"]')
  await expect(focus).toBeVisible()
  // The outlined paragraph is the one holding the cell's passage (its figure may be in words).
  expect(Number(await focus.getAttribute('data-start'))).toBeLessThanOrEqual(at)
  expect(Number(await focus.getAttribute('data-end'))).toBeGreaterThan(at)

  // Two reports of different quakes, compared: the reader says why nothing joins them.
  await page.getByTestId('story-clear').click()
  for (const outlet of ['Gulf Wire', 'Sonoma Ledger'])
    await page
      .getByTestId('article-row')
      .filter({ hasText: outlet })
      .getByTestId('row-check')
      .check()
  await page.getByTestId('compare-button').click()
  const notice = page.getByTestId('scope-notice')
  await expect(notice).toContainText('These articles are in different stories')
  await expect(page.getByTestId('findings-panel')).toContainText('No findings within one story.')
  await shoot(page, 'stories-compare')
  // Compare anyway, by keyboard.
  await page.getByTestId('scope-anyway').focus()
  await page.keyboard.press('Enter')
  await expect(notice).toContainText('Compared across 2 stories at your request')
  await page.getByTestId('scope-stories').click()
  await expect(notice).toContainText('These articles are in different stories')
  await page.getByTestId('close-compare').click()

  // The briefing of the Iranian reports has their story: its timeline and its claim table.
  await page.getByTestId('selection-bar').getByRole('button', { name: 'Clear' }).click()
  await iran.click()
  const rows = page.getByTestId('article-row')
  await expect(rows).toHaveCount(5)
  for (let i = 0; i < 5; i++) await rows.nth(i).getByTestId('row-check').check()
  await page.getByTestId('open-briefing').click()
  const preview = page.frameLocator('[data-testid="bf-preview"]')
  await expect(preview.locator('#stories h3')).toContainText(['Qeshm'])
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-md').click()
  ])
  const md = readFileSync((await download.path()) as string, 'utf8')
  const section = md.slice(md.indexOf('## Stories: timeline and claims'))
  expect(section).toMatch(/^1\. 14 Sep 2008, 09:05 \\\+03:30 · Gulf Wire · .* \\\[\d\\\]$/m)
  expect(section).toContain(`| Claim | ${IRAN.map(([o]) => o).join(' | ')} |`)
  expect(section).toMatch(/^\| people wounded \\\(quantity\\\) — CONFLICT \|/m)
})
