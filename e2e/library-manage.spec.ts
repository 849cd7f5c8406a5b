import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { expect, test } from './fixtures'

const FIXTURES = resolve(__dirname, '../src/main/services/import/fixtures')

/** A folder of mixed files, some good, some bad, like an analyst's downloads folder. */
function mixedFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-mixed-'))
  mkdirSync(join(dir, 'nested'))
  for (const f of [
    'saved-page.html',
    'article.pdf',
    'article.docx',
    'photo.png',
    'empty.txt',
    'corrupt.docx'
  ])
    copyFileSync(join(FIXTURES, f), join(dir, f === 'article.docx' ? 'nested/article.docx' : f))
  writeFileSync(
    join(dir, 'wire.md'),
    '# Troops gather at the border\n\nReports said 4,000 troops gathered near the border on Monday.\n'
  )
  return dir
}

test('importing a folder of mixed files shows progress and lists each failure with its reason', async ({
  app
}) => {
  const { page } = app
  await expect(page.getByTestId('article-row')).toHaveCount(5)
  await page.getByTestId('folder-input').setInputFiles(mixedFolder())
  const dialog = page.getByTestId('import-dialog')
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('progressbar')).toBeVisible()
  await expect(page.getByTestId('import-count')).toHaveText('7 of 7 files')
  const summary = page.getByTestId('import-summary')
  await expect(summary).toContainText('4 imported · 0 already in the library · 3 failed')
  const failures = page.getByTestId('import-failures')
  await expect(failures).toContainText('photo.png looks like a PNG image, not an article.')
  await expect(failures).toContainText('empty.txt is empty.')
  await expect(failures).toContainText('corrupt.docx is damaged or is not a Word document')
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(page.getByTestId('article-row')).toHaveCount(9)
  await expect(page.getByTestId('library-list')).toContainText('Troops gather at the border')
})

test('importing the same file twice says it is already in the library', async ({ app }) => {
  const { page } = app
  await page
    .getByTestId('file-input')
    .setInputFiles(resolve(__dirname, '../articles/003-blinken-meets-nato-secretary-general.txt'))
  await expect(page.getByTestId('import-summary')).toContainText(
    '0 imported · 1 already in the library · 0 failed'
  )
  await expect(page.getByTestId('import-summary')).toContainText(
    'duplicate of “Blinken meets with NATO Secretary-General'
  )
})

test('pasted text becomes a new article titled by its first line', async ({ app }) => {
  const { page } = app
  await page.getByTestId('paste-button').click()
  await page
    .getByTestId('paste-text')
    .fill('Ceasefire talks stall\n\nNegotiators left Geneva without an agreement on Tuesday.')
  await page.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(page.getByTestId('import-summary')).toContainText('1 imported')
  await page.getByRole('button', { name: 'Close' }).click()
  await expect(page.getByTestId('library-list')).toContainText('Ceasefire talks stall')
})

test('search finds a phrase from article 003 and highlights it', async ({ app }) => {
  const { page } = app
  await page.getByTestId('search-input').fill('"12,000 North Korean combat troops"')
  await expect(page.getByTestId('article-row')).toHaveCount(1)
  const row = page.getByTestId('article-row').first()
  await expect(row).toContainText('Blinken meets with NATO Secretary-General')
  await expect(row.getByTestId('row-snippet').locator('mark').first()).toBeVisible()
  await page.getByTestId('search-input').fill('stoltenb')
  await expect(page.getByTestId('article-row')).toHaveCount(2)
})

test('tag an article, then filter the library by that tag', async ({ app }) => {
  const { page } = app
  await page.getByTestId('article-row').filter({ hasText: 'Blinken' }).click()
  await page.getByTestId('tag-input').fill('North Korea')
  await page.getByTestId('tag-input').press('Enter')
  await expect(page.getByTestId('tag-editor')).toContainText('north korea')
  await expect(page.getByTestId('article-row').filter({ hasText: 'Blinken' })).toContainText(
    'north korea'
  )
  await page.getByTestId('tag-filter').selectOption('north korea')
  await expect(page.getByTestId('article-row')).toHaveCount(1)
  await page.getByTestId('tag-filter').selectOption('')
  await expect(page.getByTestId('article-row')).toHaveCount(5)
})

test('delete moves to Trash, Ctrl+Z undoes it, and Trash restores', async ({ app }) => {
  const { page } = app
  const rows = page.getByTestId('article-row')
  await rows.filter({ hasText: 'Stoltenberg announces' }).getByTestId('row-check').check()
  await page.getByTestId('trash-selected').click()
  await expect(rows).toHaveCount(4)
  await expect(page.getByTestId('undo-toast')).toContainText('Moved “Stoltenberg announces')
  await page.getByTestId('library-list').focus()
  await page.keyboard.press('Control+z')
  await expect(rows).toHaveCount(5)
  await rows.filter({ hasText: 'Stoltenberg announces' }).click()
  await page.getByTestId('trash-article').click()
  await expect(rows).toHaveCount(4)
  await page.getByTestId('trash-toggle').click()
  await expect(rows).toHaveCount(1)
  await rows.first().getByTestId('row-check').check()
  await page.getByTestId('restore-selected').click()
  await expect(page.getByTestId('library-empty')).toHaveText('The Trash is empty.')
  await page.getByTestId('trash-toggle').click()
  await expect(rows).toHaveCount(5)
})

test('renaming a tag onto another merges them across the library', async ({ app }) => {
  const { page } = app
  const tag = async (title: string, name: string): Promise<void> => {
    await page.getByTestId('article-row').filter({ hasText: title }).click()
    await page.getByTestId('tag-input').fill(name)
    await page.getByTestId('tag-input').press('Enter')
    await expect(page.getByTestId('tag-editor')).toContainText(name.toLowerCase())
  }
  await tag('Blinken', 'North Korea')
  await tag('Stoltenberg', 'DPRK')
  await page.getByTestId('tag-filter').selectOption('dprk')
  await expect(page.getByTestId('article-row')).toHaveCount(1)
  await page.getByTestId('library-tag-rename-input').fill('north korea')
  await expect(page.getByTestId('library-tag-rename-button')).toHaveText('Merge')
  await page.getByTestId('library-tag-rename-button').click()
  await expect(page.getByTestId('tag-filter')).toHaveValue('north korea')
  await expect(page.getByTestId('article-row')).toHaveCount(2)
  await expect(page.getByTestId('tag-filter').locator('option', { hasText: 'dprk' })).toHaveCount(0)
})
