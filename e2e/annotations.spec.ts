import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'

const SHOTS = '/tmp/shots'
const T003 = 'Blinken meets with NATO'
const T000 = 'head of NATO said Thursday'
const CLAIM =
  'Intelligence assessments from the US, South Korea, and Ukraine indicate that up to 12,000 North Korean combat troops have been deployed to the battlefield'
const SEIZED = 'Ukrainian forces have already seized a large swath of territory in that area.'
const FIGURE_000 = '10,000'

/** Opens the articles whose titles contain these phrases side by side. */
async function compare(page: Page, ...titles: string[]): Promise<void> {
  for (const t of titles)
    await page.getByTestId('article-row').filter({ hasText: t }).getByTestId('row-check').check()
  await page.getByTestId('compare-button').click()
  await expect(page.getByTestId('pane')).toHaveCount(titles.length)
}

/** The pane showing the article whose title contains `title`. */
const pane = (page: Page, title: string) =>
  page
    .getByTestId('pane')
    .filter({ has: page.getByTestId('pane-title').filter({ hasText: title }) })

/** Selects the first occurrence of `phrase` in the article text of `root` as a user drag would. */
async function selectText(page: Page, rootSelector: string, phrase: string): Promise<void> {
  const ok = await page.evaluate(
    ([sel, p]) => {
      const root = document.querySelector(sel as string)
      for (const el of root?.querySelectorAll('[data-start]') ?? []) {
        const at = el.textContent?.indexOf(p as string) ?? -1
        if (at < 0) continue
        const r = document.createRange()
        r.setStart(el.firstChild as Text, at)
        r.setEnd(el.firstChild as Text, at + (p as string).length)
        el.scrollIntoView({ block: 'center' })
        // A drag with the mouse takes the focus away from whatever field had it.
        ;(document.activeElement as HTMLElement | null)?.blur()
        const s = window.getSelection()
        s?.removeAllRanges()
        s?.addRange(r)
        return true
      }
      return false
    },
    [rootSelector, phrase] as const
  )
  expect(ok, `"${phrase}" is on screen`).toBe(true)
}

const textRoot = (articleTitleId: string): string =>
  `[data-annotatable][data-article-id="${articleTitleId}"]`

/** The text under one named CSS highlight. */
function painted(page: Page, name: string): Promise<string[]> {
  return page.evaluate((n) => {
    const h = CSS.highlights.get(n)
    return h ? [...h].map((r) => (r as Range).toString()) : []
  }, name)
}

async function articleId(page: Page, title: string): Promise<string> {
  const id = await pane(page, title).getAttribute('data-article-id')
  if (!id) throw new Error(`no pane for ${title}`)
  return id
}

/** In the open annotation editor, links the annotation to the 000 figure as "contradicts". */
async function linkToFigure(editor: Locator): Promise<void> {
  await editor.getByTestId('link-relation').selectOption('contradicts')
  const target = editor
    .getByTestId('link-target')
    .locator('option')
    .filter({ hasText: new RegExp(`: “${FIGURE_000}”$`) })
  await editor.getByTestId('link-target').selectOption((await target.getAttribute('value')) ?? '')
  await editor.getByTestId('link-add').click()
}

test('highlight, tag, note, link, undo a delete, and re-anchor on re-import', async ({ app }) => {
  const { page } = app
  await compare(page, T003, T000)
  const id003 = await articleId(page, T003)
  const id000 = await articleId(page, T000)

  // 1. Highlight a sentence in 003 with a colour, a tag and a note.
  await selectText(page, textRoot(id003), CLAIM)
  const toolbar = page.getByTestId('selection-toolbar')
  await expect(toolbar).toBeVisible()
  await page.screenshot({ path: `${SHOTS}/annotations-1-toolbar.png` })
  await toolbar.getByTestId('highlight-red').click()
  const editor = page.getByTestId('annotation-editor')
  await expect(editor.locator('.ann-quote')).toHaveText(CLAIM)
  await editor.getByTestId('tag-input').fill('Troop numbers')
  await editor.getByTestId('tag-input').press('Enter')
  await expect(editor.locator('.tag')).toContainText(['troop numbers'])
  await editor.getByTestId('note-edit').click()
  await editor
    .getByTestId('note-input')
    .fill('**Differs** from the Rutte piece, which says 10,000.')
  await editor.getByTestId('note-save').click()
  await expect(editor.getByTestId('note-rendered').locator('strong')).toHaveText('Differs')
  await editor.getByTestId('grade-reliability').selectOption('B')
  await editor.getByTestId('grade-credibility').selectOption('2')
  await expect(editor.getByTestId('grade-value')).toHaveText('B2')
  expect(await painted(page, 'px-ann-red')).toEqual([CLAIM])

  // A second highlight in 003, by keyboard (h), on a sentence the edited version will drop.
  await selectText(page, textRoot(id003), SEIZED)
  await page.keyboard.press('h')
  await expect(page.getByTestId('annotation-item')).toHaveCount(2)

  // 2. Reload: everything is still there.
  await app.reload()
  await compare(page, T003, T000)
  await page.getByTestId('tab-annotations').click()
  const claimItem = page.getByTestId('annotation-item').filter({ hasText: 'up to 12,000' })
  await expect(claimItem).toContainText('troop numbers')
  await expect(claimItem).toContainText('B2')
  // h highlights in the colour used last: both sentences are painted red.
  await expect
    .poll(async () => (await painted(page, 'px-ann-red')).sort())
    .toEqual([CLAIM, SEIZED].sort())

  // 3. Link it to a passage in 000 as "contradicts": annotate the 000 figure, then link.
  await selectText(page, textRoot(id000), FIGURE_000)
  await page.getByTestId('highlight-blue').click()
  await expect(page.getByTestId('annotation-item')).toHaveCount(3)
  await claimItem.click()
  await expect(editor.locator('.ann-quote')).toHaveText(CLAIM)
  await linkToFigure(editor)
  const link = editor.getByTestId('link-item')
  await expect(link).toHaveAttribute('data-relation', 'contradicts')
  await expect(link).toContainText(FIGURE_000)
  await page.screenshot({ path: `${SHOTS}/annotations-2-linked.png` })
  // Followed with one click, and shown at the other end too.
  await link.getByTestId('follow-link').click()
  await expect(editor.locator('.ann-quote')).toHaveText(FIGURE_000)
  await expect(editor.getByTestId('link-item')).toContainText('Intelligence assessments')

  // Confirming the engine's number contradiction records the same judgement as a link, here
  // between the two annotations that sit on its passages.
  await page.getByTestId('tab-findings').click()
  await expect(page.getByTestId('analysis-progress')).toHaveAttribute('data-state', 'ready')
  await page
    .getByTestId('finding-item')
    .filter({ hasText: '10,000' })
    .filter({ hasText: '12,000' })
    .first()
    .click()
  await page.getByTestId('confirm-finding').click()
  await expect(page.getByTestId('finding-link')).toContainText('contradicts')
  await page.getByTestId('tab-annotations').click()
  await page.getByTestId('annotation-item').filter({ hasText: FIGURE_000 }).click()
  await expect(editor.getByTestId('link-item')).toHaveCount(2)
  await expect(editor.getByTestId('link-item').nth(1)).toHaveAttribute(
    'data-relation',
    'contradicts'
  )

  // 4. Delete the 000 annotation, then undo the delete (Ctrl+Z).
  await editor.getByTestId('annotation-delete').click()
  await expect(page.getByTestId('annotation-item')).toHaveCount(2)
  await expect(page.getByTestId('annotation-trash-toggle')).toHaveText('Trash (1)')
  await page.locator('body').press('Control+z')
  await expect(page.getByTestId('annotation-item')).toHaveCount(3)
  await expect(page.getByTestId('annotation-trash-toggle')).toHaveText('Trash (0)')
  await expect.poll(() => painted(page, 'px-ann-blue')).toEqual([FIGURE_000])
  // Redo deletes it again, undo brings it back once more.
  await page.locator('body').press('Control+Shift+z')
  await expect(page.getByTestId('annotation-item')).toHaveCount(2)
  await page.getByTestId('annotation-undo').click()
  await expect(page.getByTestId('annotation-item')).toHaveCount(3)

  // 5. Re-import an edited 003: a paragraph added on top, the claim edited, one sentence gone.
  const original = readFileSync(
    join(__dirname, '../articles/003-blinken-meets-nato-secretary-general.txt'),
    'utf8'
  )
  const edited = original
    .replace('\n\n', '\n\nUpdated on November 14 with comments from Seoul.\n\n')
    .replace('up to 12,000 North Korean combat troops', 'up to 11,000 North Korean troops')
    .replace(SEIZED, '')
  await pane(page, T003)
    .getByTestId('reimport-input')
    .setInputFiles({
      name: '003-edited.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(edited)
    })
  const status = pane(page, T003).getByTestId('reimport-status')
  await expect(status).toContainText('0 re-anchored exactly, 1 fuzzily, 1 needs attention')
  const attention = page.getByTestId('needs-attention')
  await expect(attention.getByTestId('orphan-item')).toHaveText([`“${SEIZED}”`])
  const moved = page.getByTestId('annotation-item').filter({ hasText: 'up to 11,000' })
  await expect(moved.getByTestId('anchor-badge')).toContainText(/fuzzy \d+%/)
  await expect
    .poll(() => painted(page, 'px-ann-red'))
    .toEqual([CLAIM.replace('12,000 North Korean combat', '11,000 North Korean')])
  await expect(pane(page, T003)).toContainText('Updated on November 14')
  await page.screenshot({ path: `${SHOTS}/annotations-3-reimported.png` })

  // 6. Reading 000 alone, the whole library's annotations are one click from their article.
  await page.getByTestId('close-compare').click()
  await page.getByTestId('article-row').filter({ hasText: T000 }).click()
  await expect(page.getByTestId('article-view')).toHaveAttribute('data-article-id', id000)
  await page.getByTestId('scope-all').click()
  await expect(page.getByTestId('annotation-count')).toHaveText('3 annotations')
  await page.getByTestId('annotation-item').filter({ hasText: 'up to 11,000' }).click()
  await expect(page.getByTestId('article-view')).toHaveAttribute('data-article-id', id003)
  await expect(page.getByTestId('annotation-editor').locator('.ann-quote')).toContainText(
    'up to 11,000'
  )
  await expect
    .poll(() => painted(page, 'px-ann-focus'))
    .toEqual([CLAIM.replace('12,000 North Korean combat', '11,000 North Korean')])
})

test('a second tab on the same host sees every edit, link and undo made in the first', async ({
  app
}) => {
  const { page } = app
  test.skip(!app.origin, 'needs the browser host: two tabs share one host')
  const browser = page.context().browser()
  test.skip(!browser, 'needs a browser that can open a second page')
  const other = await (browser as NonNullable<typeof browser>).newPage({
    viewport: { width: 1400, height: 900 }
  })
  await other.goto(`${app.origin}/#token=${app.token ?? ''}`)
  for (const p of [page, other]) {
    await compare(p, T003, T000)
    await p.getByTestId('tab-annotations').click()
  }
  const id003 = await articleId(page, T003)
  const id000 = await articleId(page, T000)
  const items = other.getByTestId('annotation-item')

  await selectText(page, textRoot(id003), CLAIM)
  await page.getByTestId('highlight-red').click()
  await expect(items).toHaveCount(1)
  await expect.poll(() => painted(other, 'px-ann-red')).toEqual([CLAIM])

  // An edit (not only a create) reaches the other tab.
  const editor = page.getByTestId('annotation-editor')
  await editor.getByTestId('tag-input').fill('Troop numbers')
  await editor.getByTestId('tag-input').press('Enter')
  await expect(items.first()).toContainText('troop numbers')

  await selectText(page, textRoot(id000), FIGURE_000)
  await page.getByTestId('highlight-blue').click()
  await expect(items).toHaveCount(2)
  await page.getByTestId('annotation-item').filter({ hasText: 'up to 12,000' }).click()
  await linkToFigure(editor)
  await items.filter({ hasText: FIGURE_000 }).click()
  const otherLinks = other.getByTestId('annotation-editor').getByTestId('link-item')
  await expect(otherLinks).toHaveCount(1)
  await expect(otherLinks).toHaveAttribute('data-relation', 'contradicts')

  // Undoing the link in the first tab removes it in the second.
  await page.locator('body').press('Control+z')
  await expect(otherLinks).toHaveCount(0)
  await other.close()
})

test('single-article view: keyboard n and t, colour meanings, tag merge, source grade, notes sanitised', async ({
  app
}) => {
  const { page } = app
  await page.getByTestId('article-row').filter({ hasText: T003 }).click()
  const view = page.getByTestId('article-view')
  await expect(view).toBeVisible()
  const id = (await view.getAttribute('data-article-id')) ?? ''
  const editor = page.getByTestId('annotation-editor')

  // n: highlight and write a note at once. Hostile Markdown is rendered inert.
  await selectText(page, textRoot(id), 'Blinken warned')
  await page.keyboard.press('n')
  await expect(editor.getByTestId('note-input')).toBeFocused()
  await editor
    .getByTestId('note-input')
    .fill(
      'See [Reuters](https://example.org) <img src=x onerror="window.pwned=1"> <script>window.pwned=2</script>'
    )
  await editor.getByTestId('note-input').press('Control+Enter')
  const rendered = editor.getByTestId('note-rendered')
  await expect(rendered.locator('a')).toHaveAttribute('rel', 'noopener noreferrer')
  await expect(rendered.locator('img, script')).toHaveCount(0)
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined()

  // t: highlight and tag at once, twice, with two tags; then merge one tag into the other.
  await selectText(page, textRoot(id), 'Yermak stated')
  await page.keyboard.press('t')
  await expect(editor.getByTestId('tag-input')).toBeFocused()
  await page.keyboard.type('Ukraine aid')
  await page.keyboard.press('Enter')
  await selectText(page, textRoot(id), 'Blinken stressed')
  await page.keyboard.press('t')
  await expect(editor.locator('.ann-quote')).toHaveText('Blinken stressed')
  await expect(editor.getByTestId('tag-input')).toBeFocused()
  await page.keyboard.type('support')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('annotation-item')).toHaveCount(3)
  await page.getByTestId('annotation-tag-filter').selectOption('ukraine aid')
  await expect(page.getByTestId('annotation-item')).toHaveCount(1)
  await page.getByTestId('tag-rename-input').fill('support')
  await expect(page.getByTestId('tag-rename-button')).toHaveText('Merge')
  await page.getByTestId('tag-rename-button').click()
  await expect(page.getByTestId('annotation-tag-filter')).toHaveValue('support')
  await expect(page.getByTestId('annotation-item')).toHaveCount(2)
  // The merge is undoable like everything else.
  await page.getByTestId('annotation-undo').click()
  await page.getByTestId('annotation-tag-filter').selectOption('ukraine aid')
  await expect(page.getByTestId('annotation-item')).toHaveCount(1)
  await page.getByTestId('annotation-tag-filter').selectOption('')

  // Deleted annotations wait in the trash and come back from there.
  await page.getByTestId('annotation-item').filter({ hasText: 'Yermak stated' }).click()
  await editor.getByTestId('annotation-delete').click()
  await expect(page.getByTestId('annotation-item')).toHaveCount(2)
  await page.getByTestId('annotation-trash-toggle').click()
  await page.getByTestId('annotation-item').filter({ hasText: 'Yermak stated' }).click()
  await expect(page.getByTestId('annotation-trash-toggle')).toHaveText('Trash (0)')
  await page.getByTestId('annotation-trash-toggle').click()
  await expect(page.getByTestId('annotation-item')).toHaveCount(3)

  // Colours carry meanings the analyst can rename; the sidebar shows them.
  const yellow = page.getByTestId('palette').locator('[data-color="yellow"]')
  await yellow.getByTestId('palette-rename').click()
  await page.getByTestId('palette-name-input').fill('Official statement')
  await page.getByTestId('palette-name-input').press('Enter')
  await expect(yellow.getByTestId('palette-name')).toHaveText('Official statement')

  // A colour the analyst changes is the colour every swatch and highlight of it shows; undoable.
  const swatch = yellow.locator('.swatch')
  const paint = (): Promise<string> =>
    page.evaluate(() =>
      document.adoptedStyleSheets
        .flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText))
        .filter((t) => /ann-yellow/.test(t))
        .join('\n')
    )
  const stored = await yellow.getByTestId('palette-color').inputValue()
  await expect.poll(paint).toContain(`--ann-yellow: ${stored}`)
  const before = await swatch.evaluate((el) => getComputedStyle(el).backgroundColor)
  await yellow.getByTestId('palette-color').fill('#1a7f37')
  await yellow.getByTestId('palette-color').blur()
  await expect(swatch).toHaveCSS('background-color', 'rgb(26, 127, 55)')
  await expect.poll(paint).toContain('--ann-yellow: #1a7f37')
  expect(await paint()).toMatch(/::highlight\(px-ann-yellow\)[^}]*var\(--ann-yellow\)/)
  await page.getByTestId('annotation-undo').click()
  await expect(swatch).toHaveCSS('background-color', before)
  await expect.poll(paint).toContain(`--ann-yellow: ${stored}`)

  // The source itself gets an Admiralty grade.
  const grade = page.getByTestId('grade-source')
  await grade.getByTestId('grade-reliability').selectOption('C')
  await grade.getByTestId('grade-credibility').selectOption('3')
  await expect(grade.getByTestId('grade-value')).toHaveText('C3')
  await page.getByTestId('annotation-item').filter({ hasText: 'Blinken warned' }).click()
  await page.locator('.article-scroll').evaluate((el) => (el.scrollTop = 0))
  await page.screenshot({ path: `${SHOTS}/annotations-4-article-light.png` })

  await app.reload()
  await page.getByTestId('article-row').filter({ hasText: T003 }).click()
  await expect(page.getByTestId('grade-source').getByTestId('grade-value')).toHaveText('C3')
  await expect(page.getByTestId('annotation-item')).toHaveCount(3)
  await expect(yellow.getByTestId('palette-name')).toHaveText('Official statement')
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.getByTestId('annotation-item').first().click()
  await page.screenshot({ path: `${SHOTS}/annotations-5-article-dark.png` })
})

// Speed at this scale (long tasks while scrolling, filtering, selecting) is measured by
// `npm run bench sidebar` against a same-run baseline; here only what the user sees is checked.
test('5,000 annotations: the sidebar opens, scrolls to the end, filters and selects', async ({
  app
}) => {
  const { page, dataDir } = app
  const row = page.getByTestId('article-row').filter({ hasText: T003 })
  const id = (await row.getAttribute('data-article-id')) ?? ''
  // Written before the article is first opened, so the host reads them as a stored library.
  const text = readFileSync(join(dataDir, 'texts', `${id}.txt`), 'utf8')
  const colors = ['yellow', 'red', 'blue', 'green', 'purple', 'orange']
  const now = new Date().toISOString()
  const annotations = Array.from({ length: 5000 }, (_, i) => {
    const start = (i * 7919) % (text.length - 120)
    const end = start + 20 + (i % 90)
    const quote = {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - 32), start),
      suffix: text.slice(end, end + 32)
    }
    const position = { type: 'TextPositionSelector', start, end }
    return {
      id: `an-${i.toString(16).padStart(16, '0')}`,
      article: id,
      target: { source: id, selector: [quote, position] },
      body: { color: colors[i % 6], tags: [`tag${i % 40}`], note: i % 3 ? '' : `Note ${i}` },
      anchor: { status: 'exact', confidence: 1 },
      created: now,
      modified: now
    }
  })
  mkdirSync(join(dataDir, 'annotations'), { recursive: true })
  writeFileSync(
    join(dataDir, 'annotations', `${id}.json`),
    JSON.stringify({ schemaVersion: 1, annotations })
  )
  await row.click()
  await expect(page.getByTestId('annotation-count')).toHaveText('5000 annotations')
  const list = page.getByTestId('annotation-list')
  const items = list.getByTestId('annotation-item')
  await list.hover()
  // Wheel until the list's end is on screen: the last annotation is reachable, and only the
  // rows in view are in the DOM.
  const last = list.locator('[data-index="4999"]')
  await expect(async () => {
    await page.mouse.wheel(0, 20_000)
    await expect(last).toBeVisible({ timeout: 500 })
  }).toPass()
  expect(await items.count()).toBeLessThan(60)
  await page.getByTestId('annotation-filter').fill('Note 4')
  await expect(page.getByTestId('annotation-count')).toHaveText(/^\d+ of 5000 annotations$/)
  await expect(items.first()).toBeVisible()
  await items.first().click()
  await expect(page.getByTestId('annotation-editor')).toBeVisible()
  await page.screenshot({ path: `${SHOTS}/annotations-6-five-thousand.png` })
})

test('the library marks each article with its annotation and finding counts', async ({ app }) => {
  const { page } = app
  const row = page.getByTestId('article-row').filter({ hasText: T003 })
  await row.click()
  const id003 = await page.getByTestId('article-view').getAttribute('data-article-id')
  await selectText(page, textRoot(id003 ?? ''), SEIZED)
  await page.keyboard.press('h')
  await expect(row.getByTitle('Annotations')).toHaveText('✎ 1')
  await compare(page, T003, T000)
  await expect(page.getByTestId('analysis-progress')).toHaveAttribute('data-state', 'ready')
  await page.getByTestId('close-compare').click()
  await expect(row.getByTitle('Findings')).toContainText('◆')
})
