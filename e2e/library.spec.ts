import { expect, test } from './fixtures'

test('the library shows the five sample articles with their titles', async ({ app }) => {
  const rows = app.page.getByTestId('article-row')
  await expect(rows).toHaveCount(5)
  await expect(app.page.getByTestId('library-list')).toContainText(
    'Blinken meets with NATO Secretary-General'
  )
  await expect(app.page.getByTestId('library-list')).toContainText(
    'Stoltenberg announces ‘flagship project’ with South Korea on Ukraine'
  )
})

test('opening an article with the keyboard shows its full text', async ({ app }) => {
  const { page } = app
  const list = page.getByTestId('library-list')
  await list.focus()
  const target = page.getByTestId('article-row').filter({ hasText: 'Blinken meets with NATO' })
  const index = Number(await target.getAttribute('data-index'))
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  const view = page.getByTestId('article-view')
  await expect(view.getByTestId('article-title')).toHaveText(
    'Blinken meets with NATO Secretary-General, reiterates support for Ukraine.'
  )
  await expect(view).toContainText('up to 12,000 North Korean combat troops')
  await expect(view.getByTestId('paragraph')).toHaveCount(13)
})

test('clicking an article opens it, and its date is shown', async ({ app }) => {
  const { page } = app
  await page.getByTestId('article-row').filter({ hasText: 'head of NATO' }).click()
  await expect(page.getByTestId('article-view')).toContainText('10,000 North Korean soldiers')
  await expect(page.locator('.byline')).toContainText('18 Oct 2024')
})
