import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

/** Rule ids and the elements of every serious or critical axe violation on the page now. */
async function serious(page: Page): Promise<string[]> {
  // Legacy mode runs axe inside the page itself. The default mode finishes in a new tab of the
  // same context, which Chromium refused ("Failed to open a new tab") once the composer was open.
  const { violations } = await new AxeBuilder({ page }).setLegacyMode(true).analyze()
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} (${n.failureSummary})`))
}

for (const theme of ['light', 'dark'] as const)
  test(`no serious accessibility violation in the ${theme} theme: library, reader, story, briefing`, async ({
    app
  }) => {
    const { page } = app
    // The stored theme applies from the library on, before any comparison is opened.
    await page.evaluate(async (t) => {
      const token = sessionStorage.getItem('parallax.token') ?? ''
      await fetch('/api/prefs:set', {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ args: [{ theme: t }] })
      })
    }, theme)
    await app.reload()
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
    await expect(page.getByTestId('article-row').first()).toBeVisible()
    expect(await serious(page), 'library').toEqual([])

    for (const t of ['head of NATO said Thursday', 'Kyiv Post and Interfax'])
      await page.getByTestId('article-row').filter({ hasText: t }).getByTestId('row-check').check()
    await page.getByTestId('compare-button').click()
    await expect(page.getByTestId('analysis-progress')).toHaveAttribute('data-state', 'ready')
    await page.getByTestId('finding-item').first().click()
    await expect(page.getByTestId('finding-card')).toBeVisible()
    expect(await serious(page), 'reader').toEqual([])

    await page.getByTestId('close-compare').click()
    await page.getByTestId('story-item').first().click()
    await expect(page.getByTestId('story-view')).toBeVisible()
    expect(await serious(page), 'story view').toEqual([])

    await page.getByTestId('open-briefing').click()
    await expect(page.getByTestId('briefing')).toBeVisible()
    expect(await serious(page), 'briefing composer').toEqual([])
  })
