import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, expect, it, vi } from 'vitest'
import { extractPdf } from './pdf'

afterEach(() => vi.restoreAllMocks())

// Its own file, so that pdf.js is loaded here for the first time: its warning comes at load.
it('reads a PDF without pdf.js printing anything to the console', async () => {
  const printed: unknown[] = []
  for (const level of ['log', 'warn', 'error', 'info'] as const)
    vi.spyOn(console, level).mockImplementation((...args) => void printed.push(args.join(' ')))
  const bytes = new Uint8Array(readFileSync(join(__dirname, 'fixtures', 'article.pdf')))
  const r = await extractPdf('article.pdf', bytes)
  expect(r.ok && r.value.paragraphs).toHaveLength(3)
  expect(printed).toEqual([])
})
