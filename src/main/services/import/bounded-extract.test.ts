import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { closeExtractWorkers, extractArticle } from '.'
import { deepHtml, docxBomb, docxTextBomb, pdfBomb } from './fixtures/bombs'

afterAll(closeExtractWorkers)

const html = (s: string): Uint8Array => new TextEncoder().encode(s)

/** The longest the event loop went without running a timer while `work` ran. */
async function worstStall<T>(work: () => Promise<T>): Promise<{ value: T; stall: number }> {
  let last = performance.now()
  let stall = 0
  const tick = setInterval(() => {
    const now = performance.now()
    stall = Math.max(stall, now - last)
    last = now
  }, 10)
  const value = await work()
  clearInterval(tick)
  return { value, stall }
}

const refusal = async (name: string, bytes: Uint8Array) => {
  const { value: r, stall } = await worstStall(() => extractArticle({ name, bytes }))
  expect(r.ok).toBe(false)
  return { ...(r.ok ? { code: '', message: '' } : r.error), stall }
}

describe('untrusted files are read in a bounded worker', () => {
  it('still imports ordinary files', async () => {
    const dir = join(__dirname, 'fixtures')
    for (const f of ['article.docx', 'article.pdf', 'saved-page.html']) {
      const r = await extractArticle({ name: f, bytes: readFileSync(join(dir, f)) })
      expect(r.ok && r.value.text.length, f).toBeGreaterThan(100)
    }
  }, 60_000)

  it('refuses a .docx whose document.xml inflates to 300 MB, without stalling the process', async () => {
    const r = await refusal('bomb.docx', docxBomb(300))
    expect(r).toMatchObject({ code: 'too-large' })
    expect(r.message).toMatch(/^bomb\.docx expands past 64 MB/)
    expect(r.stall).toBeLessThan(500)
  }, 60_000)

  it('refuses a 100 KB .docx that stores 30 MB of text', async () => {
    const bytes = docxTextBomb(30)
    expect(bytes.length).toBeLessThan(200_000)
    const r = await refusal('long.docx', bytes)
    expect(r.message).toMatch(/^long\.docx holds more than 20 MB of text/)
  }, 60_000)

  it('refuses a PDF whose one page stream inflates to 300 MB', async () => {
    const r = await refusal('bomb.pdf', pdfBomb(300))
    expect(r).toMatchObject({ code: 'too-large' })
    expect(r.message).toMatch(/^bomb\.pdf expands past 64 MB/)
  }, 60_000)

  it('refuses 2,000 nested divs at once, with the event loop free throughout', async () => {
    const started = performance.now()
    const r = await refusal('deep.html', html(deepHtml(2000)))
    expect(r.message).toMatch(/^deep\.html nests its elements more than 400 levels deep/)
    expect(performance.now() - started).toBeLessThan(5_000)
    expect(r.stall).toBeLessThan(500)
  }, 60_000)

  it('reads a page nested 300 deep, under the limit, in bounded time', async () => {
    const started = performance.now()
    const r = await extractArticle({ name: 'deepish.html', bytes: html(deepHtml(300)) })
    expect(r.ok || r.error.code).toBe(true)
    expect(performance.now() - started).toBeLessThan(9_000)
  }, 60_000)
})
