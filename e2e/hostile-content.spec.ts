import { resolve } from 'node:path'
import { expect, test } from './fixtures'

test('a hostile web page is imported as text: nothing runs and nothing leaves the machine', async ({
  app,
  transport
}) => {
  const { page } = app
  const dialogs: string[] = []
  const foreignRequests: string[] = []
  const consoleErrors: string[] = []
  page.on('dialog', (d) => {
    dialogs.push(d.message())
    void d.dismiss()
  })
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()))
  page.on('request', (r) => {
    const url = r.url()
    const own =
      transport === 'web'
        ? url.startsWith(app.origin ?? '')
        : url.startsWith('file:') || url.startsWith('devtools:')
    if (!own) foreignRequests.push(url)
  })
  await page.getByTestId('file-input').setInputFiles(resolve(__dirname, 'files/hostile.html'))
  await expect(page.getByTestId('import-summary')).toContainText('1 imported')
  await page.getByRole('button', { name: 'Close' }).click()
  await page.getByTestId('article-row').filter({ hasText: 'Border report' }).click()
  const view = page.getByTestId('article-view')
  await expect(view).toContainText('3,000 troops crossed the border')
  await expect(view).toContainText('until further notice')
  await expect(view).not.toContainText('alert(')
  await expect(
    view.locator('script, iframe, img, svg, object, form, a[href^="javascript"]')
  ).toHaveCount(0)
  // A payload here (a 0-second refresh, onload, onerror after a blocked image) would fire as
  // the article is inserted; two painted frames later it has had its chance, and the idle
  // network shows no request is still pending.
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
  )
  await page.waitForLoadState('networkidle')
  expect(dialogs).toEqual([])
  expect(foreignRequests).toEqual([])
  expect(consoleErrors).toEqual([])
  expect(new URL(page.url()).host).not.toBe('evil.example')
})
