import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from './fixtures'

type EcbDoc = { id: string; topic: number; title: string; text: string }

/** Two real earthquakes (ECB+ topics 20 and 38), interleaved, one .txt file per article. */
function twoEvents(): string {
  const docs = (
    JSON.parse(readFileSync(join(__dirname, '../eval/corpora/ecb-original.json'), 'utf8')) as {
      docs: EcbDoc[]
    }
  ).docs
  const iran = docs.filter((d) => d.topic === 20)
  const sonoma = docs.filter((d) => d.topic === 38)
  const dir = join(mkdtempSync(join(tmpdir(), 'parallax-stories-')), 'quakes')
  mkdirSync(dir)
  const mixed = iran.flatMap((d, i) => [d, sonoma[i]]).filter((d): d is EcbDoc => !!d)
  mixed.forEach((d, i) =>
    writeFileSync(
      join(dir, `${String(i).padStart(2, '0')}-${d.id}.txt`),
      `${d.title}\n\n${d.text}\n`
    )
  )
  return dir
}

test('two events imported together become two stories the analyst can edit and read', async ({
  app
}) => {
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

  // The story filters the library, and each row names its story.
  await iran.click()
  await expect(page.getByTestId('article-row')).toHaveCount(5)
  await expect(page.getByTestId('row-story').first()).toContainText('Qeshm')
  const view = page.getByTestId('story-view')
  const entries = view.getByTestId('timeline-entry')
  await expect(entries).toHaveCount(5)

  // Move one article out, then undo.
  await entries.first().getByTestId('timeline-move').selectOption('alone')
  await expect(entries).toHaveCount(4)
  await view.getByTestId('story-undo').click()
  await expect(entries).toHaveCount(5)

  // Merge with the other earthquake, then undo.
  await view.getByTestId('story-merge').selectOption({ label: 'The Geysers earthquake (4)' })
  await expect(entries).toHaveCount(9)
  await view.getByTestId('story-undo').click()
  await expect(entries).toHaveCount(5)
  await expect(sonoma).toContainText('4 articles')

  // The claim table: outlets disagree on how many people were wounded.
  const row = view.getByTestId('claim-row').filter({ hasText: 'wounded' })
  await expect(row).toHaveAttribute('data-conflict', 'true')
  const cells = row.getByTestId('claim-cell')
  const values = await cells.allInnerTexts()
  expect(values.length).toBeGreaterThanOrEqual(2)
  expect(new Set(values.map((v) => v.split('\n')[0])).size).toBeGreaterThan(1)

  if (process.env.PARALLAX_SHOTS) {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme })
      await page.screenshot({ path: join(process.env.PARALLAX_SHOTS, `stories-${scheme}.png`) })
    }
    await page.emulateMedia({ colorScheme: null })
  }

  // A cell opens its passage in the reader.
  const target = (await cells.first().getAttribute('data-article-id')) as string
  const at = Number(await cells.first().getAttribute('data-start'))
  await cells.first().click()
  await expect(page.getByTestId('article-view')).toHaveAttribute('data-article-id', target)
  await expect(page.locator('[data-story-focus="true"]')).toBeVisible()
  // The outlined paragraph is the one holding the cell's passage (its figure may be in words).
  const focus = page.locator('[data-story-focus="true"]')
  expect(Number(await focus.getAttribute('data-start'))).toBeLessThanOrEqual(at)
  expect(Number(await focus.getAttribute('data-end'))).toBeGreaterThan(at)
})
