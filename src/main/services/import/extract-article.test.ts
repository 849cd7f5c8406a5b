import { ARTICLES_DIR } from '../../../../test-support/seeds'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Extractor } from '../library'
import { extractArticle, MAX_IMPORT_BYTES, type ExtractedArticle } from './extract-article'

const FIXTURES = join(__dirname, 'fixtures')
const SEEDS = ARTICLES_DIR
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(FIXTURES, name)))
const seedNames = readdirSync(SEEDS)
  .filter((n) => n.endsWith('.txt'))
  .sort()

// The library takes this function as its Extractor: the assignment fails to compile if they drift.
const asExtractor: Extractor = extractArticle

async function importOk(
  name: string,
  bytes: Uint8Array = fixture(name)
): Promise<ExtractedArticle> {
  const r = await asExtractor({ name, bytes })
  if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message}`)
  return r.value as ExtractedArticle
}

async function importErr(name: string, bytes: Uint8Array = fixture(name)) {
  const r = await extractArticle({ name, bytes })
  if (r.ok) throw new Error(`${name} was imported but should have been refused`)
  return r.error
}

/** Every paragraph offset slices out a non-empty, trimmed paragraph, and they tile the text. */
function expectStableOffsets(a: ExtractedArticle): void {
  const slices = a.paragraphs.map((p) => a.text.slice(p.start, p.end))
  expect(slices.join('\n\n')).toBe(a.text)
  for (const s of slices) expect(s).toBe(s.trim())
  expect(a.text).toBe(a.text.normalize('NFC'))
  expect(a.text).not.toMatch(/[ \t]{2}|\n{3}|^\s|\s$/)
}

describe('plain text', () => {
  it.each(seedNames)('imports seed %s with its prose intact and exact offsets', async (name) => {
    const a = await importOk(name, new Uint8Array(readFileSync(join(SEEDS, name))))
    expect(a.format).toBe('txt')
    expectStableOffsets(a)
    expect(a.meta.wordCount).toBeGreaterThan(300)
    expect(a.text).toContain('NATO')
  })

  it('lifts the leading "date 2024-10-18" token of seed 000 out of the text into the date', async () => {
    const a = await importOk(
      seedNames[0]!,
      new Uint8Array(readFileSync(join(SEEDS, seedNames[0]!)))
    )
    expect(a.meta.date).toBe('2024-10-18')
    expect(a.text.startsWith('The head of NATO said Thursday')).toBe(true)
    expect(a.text).not.toContain('date 2024-10-18')
  })

  it('treats single newlines as paragraph breaks when a file has no blank lines (seed 001)', async () => {
    const a = await importOk(
      seedNames[1]!,
      new Uint8Array(readFileSync(join(SEEDS, seedNames[1]!)))
    )
    expect(a.paragraphs).toHaveLength(12)
    expect(a.text.slice(a.paragraphs[9]!.start, a.paragraphs[9]!.end)).toBe('Loading')
  })

  it('joins hard-wrapped lines and collapses spacing inside paragraphs', async () => {
    const bytes = new TextEncoder().encode(
      '\n\n  First   line\nwraps here.\r\n\r\n\r\nSecond\u00a0para\u200b.\n\n\n'
    )
    const a = await importOk('wrapped.txt', bytes)
    expect(a.text).toBe('First line wraps here.\n\nSecond para.')
    expect(a.paragraphs).toEqual([
      { start: 0, end: 22 },
      { start: 24, end: 36 }
    ])
  })

  it('stores decomposed accents as NFC so searches and quotes match', async () => {
    const a = await importOk('nfd.txt', new TextEncoder().encode('Cafe\u0301 in Zu\u0308rich'))
    expect(a.text).toBe('Café in Zürich')
  })
})

describe('encodings', () => {
  it('reads UTF-8 with a BOM without keeping the BOM', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Kyiv – Київ')])
    expect((await importOk('bom.txt', bytes)).text).toBe('Kyiv – Київ')
  })

  it('reads UTF-16 LE with a BOM', async () => {
    const a = await importOk('utf16le.txt')
    expect(a.text).toBe('Kyiv – Київ\n\nA second paragraph in UTF-16.')
  })

  it('reads UTF-16 BE with a BOM', async () => {
    const le = Buffer.from('Zürich – ok', 'utf16le')
    const be = Buffer.from(le).swap16()
    expect((await importOk('be.txt', new Uint8Array([0xfe, 0xff, ...be]))).text).toBe('Zürich – ok')
  })

  it('falls back to Windows-1252 for bytes that are not UTF-8, keeping curly quotes and €', async () => {
    const a = await importOk('latin1.txt')
    expect(a.text).toBe(
      'Café society in Zürich\n\nThe mayor’s “plan” costs 5 € and £3 — naïve, perhaps.'
    )
  })
})

describe('markdown', () => {
  it('strips markdown syntax but keeps headings, paragraphs and list items apart', async () => {
    const md = [
      '# Rutte meets Zelensky',
      '',
      'The **head** of [NATO](https://nato.int) said _Thursday_ that `support` continues.',
      '',
      '- First point',
      '- Second point with ![a chart](c.png) image',
      '',
      '> A quoted line &amp; more',
      '',
      '<script>alert(1)</script>'
    ].join('\n')
    const a = await importOk('note.md', new TextEncoder().encode(md))
    expect(a.format).toBe('md')
    expect(a.text).toBe(
      'Rutte meets Zelensky\n\nThe head of NATO said Thursday that support continues.\n\n' +
        'First point\n\nSecond point with image\n\nA quoted line & more'
    )
    expect(a.meta.title).toBe('Rutte meets Zelensky')
  })
})

describe('saved web pages', () => {
  it('keeps the article and drops scripts, handlers, javascript: links, iframes and page chrome', async () => {
    const a = await importOk('saved-page.html')
    expect(a.format).toBe('html')
    expect(a.text).toContain(
      'a "flagship project" on medical education of the Ukrainian military is planned.'
    )
    expect(a.text).toContain('based on the actions of Russia.')
    for (const bad of [
      'alert',
      'TRACKER_SECRET',
      'STYLE_TEXT',
      'INLINE_SCRIPT_TEXT',
      'IFRAME_FALLBACK',
      'javascript',
      'onerror',
      'ADVERTISEMENT',
      'Unrelated story',
      'All rights reserved',
      'Subscribe now'
    ]) {
      expect(a.text).not.toContain(bad)
    }
    expectStableOffsets(a)
  })

  it('reads the page metadata: og:title, og:site_name, published time, author, canonical url, lang', async () => {
    const { meta } = await importOk('saved-page.html')
    expect(meta).toMatchObject({
      title: 'Stoltenberg announces ‘flagship project’ with South Korea on Ukraine',
      source: 'Ukrinform',
      date: '2024-07-05',
      author: 'Olena Fixture',
      url: 'https://www.ukrinform.net/rubric-defense/stoltenberg-korea.html',
      language: 'en'
    })
  })

  it('refuses a page that is only scripts with no-content', async () => {
    const e = await importErr('scripts-only.html')
    expect(e.code).toBe('no-content')
    expect(e.message).toContain('scripts-only.html')
  })

  it('reads a short page without an article element from its body', async () => {
    const html =
      '<html><body><p>Seoul will decide the types of weapons.</p><p>Second short paragraph.</p></body></html>'
    const a = await importOk('short.htm', new TextEncoder().encode(html))
    expect(a.text).toBe('Seoul will decide the types of weapons.\n\nSecond short paragraph.')
  })

  it('recognises a saved page by its content even when named .txt', async () => {
    const a = await importOk('page.txt', fixture('saved-page.html'))
    expect(a.format).toBe('html')
    expect(a.text).not.toContain('<p')
  })
})

describe('PDF', () => {
  it('extracts the text layer with paragraphs and the document title', async () => {
    const a = await importOk('article.pdf')
    expect(a.format).toBe('pdf')
    expect(a.paragraphs).toHaveLength(3)
    expect(a.text).toContain(
      'met with NATO Secretary General Jens Stoltenberg at the alliance headquarters in Brussels.'
    )
    expect(a.meta.title).toBe('Blinken meets NATO chief in Brussels')
    expect(a.meta.author).toBe('Fixture Desk')
    expectStableOffsets(a)
  })

  it('refuses a password-protected PDF with encrypted', async () => {
    const e = await importErr('encrypted.pdf')
    expect(e.code).toBe('encrypted')
    expect(e.message).toMatch(/password/)
  })

  it('refuses an image-only (scanned) PDF with no-content', async () => {
    const e = await importErr('scanned.pdf')
    expect(e.code).toBe('no-content')
    expect(e.message).toMatch(/scanned|OCR/)
  })

  it('reads a PDF saved with a .txt name as a PDF', async () => {
    expect((await importOk('misnamed.txt', fixture('article.pdf'))).format).toBe('pdf')
  })

  it('reports a damaged PDF as corrupt-file', async () => {
    const half = fixture('article.pdf').subarray(0, 300)
    expect((await importErr('cut.pdf', half)).code).toBe('corrupt-file')
  })
})

describe('Word documents', () => {
  it('keeps headings and paragraphs of a .docx as separate paragraphs', async () => {
    const a = await importOk('article.docx')
    expect(a.format).toBe('docx')
    expect(a.text.split('\n\n')).toEqual([
      'Stoltenberg announces flagship project',
      'At a summit in Washington next week, NATO will discuss with South Korea ways to build practical cooperation related to Ukraine.',
      'Medical education',
      'The flagship project is partly about the medical education of Ukrainian soldiers, Stoltenberg said.'
    ])
    expect(a.meta.title).toBe('Stoltenberg announces flagship project')
  })

  it('reports a truncated .docx as corrupt-file', async () => {
    const e = await importErr('corrupt.docx')
    expect(e.code).toBe('corrupt-file')
    expect(e.message).toContain('corrupt.docx')
  })
})

describe('pasted text', () => {
  it('imports pasted text like a plain-text file', async () => {
    const r = await extractArticle({
      pasted: 'Headline without a period\n\nBody text of the piece goes here.'
    })
    expect(r.ok && r.value.format).toBe('pasted')
    expect(r.ok && r.value.meta.title).toBe('Headline without a period')
  })

  it('refuses blank pasted text with empty-file', async () => {
    const r = await extractArticle({ pasted: ' \n\t\n ' })
    expect(!r.ok && r.error.code).toBe('empty-file')
  })
})

describe('bad input', () => {
  it('refuses a PNG with a message saying what it is', async () => {
    const e = await importErr('photo.png')
    expect(e).toEqual({
      code: 'binary-file',
      message: 'photo.png looks like a PNG image, not an article.'
    })
  })

  it('refuses source code that merely mentions %PDF- instead of reading it as a PDF', async () => {
    const code = new TextEncoder().encode(
      "const header = '%PDF-1.4'\nexport const trailer = '/Encrypt'\n"
    )
    const e = await importErr('pdf-writer.ts', code)
    expect(e.code).toBe('unsupported-format')
    expect(e.message).toContain('.ts file')
  })

  it('refuses a PNG renamed to .txt', async () => {
    expect((await importErr('notes.txt', fixture('photo.png'))).code).toBe('binary-file')
  })

  it('refuses a zip that is not a Word document as unsupported-format', async () => {
    const zip = new Uint8Array([
      0x50,
      0x4b,
      0x03,
      0x04,
      ...new TextEncoder().encode('data.csv....')
    ])
    const e = await importErr('archive.txt', zip)
    expect(e.code).toBe('unsupported-format')
    expect(e.message).toContain('ZIP archive')
  })

  it('refuses an empty file and a whitespace-only file with empty-file', async () => {
    expect((await importErr('empty.txt')).code).toBe('empty-file')
    expect((await importErr('blank.txt', new TextEncoder().encode('\n \n\t'))).code).toBe(
      'empty-file'
    )
  })

  it('refuses files over 20 MB before parsing them', async () => {
    const big = new Uint8Array(MAX_IMPORT_BYTES + 1)
    big.set(new TextEncoder().encode('%PDF-1.4'))
    const e = await importErr('huge.pdf', big)
    expect(e.code).toBe('too-large')
    expect(e.message).toContain('huge.pdf')
  })

  it('refuses random binary data without throwing', async () => {
    const noise = new Uint8Array(2048).map((_, i) => (i * 7919) % 256)
    expect((await importErr('noise.dat', noise)).code).toBe('binary-file')
  })

  it('answers a malformed request from the renderer with invalid-argument instead of throwing', async () => {
    const r = await extractArticle({ name: 'x.txt', bytes: 'not bytes' } as never)
    expect(!r.ok && r.error.code).toBe('invalid-argument')
  })
})
