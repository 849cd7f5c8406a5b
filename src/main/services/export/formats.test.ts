import { spawnSync } from 'node:child_process'
import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
// fflate is what docx itself zips with; reading the parts back checks the real file.
import { strFromU8, unzipSync } from 'fflate'
import { Marked } from 'marked'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BriefingSpec } from '../../../shared/contract'
import type { Services } from '..'
import { composeBriefing } from './compose'
import { csvField, escapeMarkdown } from './escape'
import { toMarkdown } from './markdown'
import { findChromium } from '../../../../scripts/chromium.cjs'
import {
  annotate,
  BLINKEN_QUOTE,
  HOSTILE_NOTE,
  openLibrary,
  spec,
  tempDir,
  TROOPS,
  ZELENSKYY
} from './test-library'

let s: Services
let dir: string

beforeAll(async () => {
  dir = tempDir()
  s = await openLibrary(dir)
  await annotate(s)
})
afterAll(async () => {
  await s.close()
  rmSync(dir, { recursive: true, force: true })
})

const text = async (format: 'md' | 'html' | 'jsonld' | 'csv', over = {}): Promise<string> => {
  const r = await s.exporter.export(spec(over), format)
  if (!r.ok) throw new Error(r.error.message)
  expect(r.value.encoding).toBe('utf8')
  return r.value.data
}

/** What a reader sees once the Markdown is rendered: tags stripped, entities decoded. */
const rendered = (md: string): string =>
  (new Marked({ gfm: true }).parse(md) as string)
    .replace(/<br>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_m, n: string) => String.fromCharCode(Number(n)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')

describe('Markdown', () => {
  it('escapes every special character so text renders literally', () => {
    const nasty =
      '# not a heading | *not bold* _x_ [link](y) <script>alert(1)</script> 1. item\n- dash `code` \\ & ~~s~~ ==='
    const out = rendered(escapeMarkdown(nasty))
    expect(out.replace(/\n/g, ' ').trim()).toBe(nasty.replace(/\n/g, ' '))
  })

  it('has every section in order, the sources table, both sides of the contradiction and the notes', async () => {
    const md = await text('md')
    const heads = [...md.matchAll(/^## (.+)$/gm)].map((m) => m[1])
    expect(heads).toEqual([
      'Executive summary',
      'Sources',
      'Where the sources agree',
      'Where they disagree',
      'Annotations',
      'Stories: timeline and claims',
      'Appendix: full citations'
    ])
    expect(md.startsWith('**OFFICIAL\\-SENSITIVE**')).toBe(true)
    expect(md.trimEnd().endsWith('**OFFICIAL\\-SENSITIVE**')).toBe(true)
    expect(md).toContain('# North Korea \\| \\*troops\\* \\<b\\>brief\\</b\\>')
    // Rows of the sources table: 5 articles, the graded one shows A2.
    const rows = md.split('\n').filter((l) => /^\| \d+ \|/.test(l))
    expect(rows).toHaveLength(5 + 0)
    expect(rows.some((r) => r.includes('| A2 |'))).toBe(true)
    const seen = rendered(md)
    for (const q of [ZELENSKYY, TROOPS, BLINKEN_QUOTE]) expect(seen).toContain(q)
    expect(md).toContain('~~Zelenskyy claimed that 10~~**up to 12**,000 North Korean')
  })

  it('keeps notes as Markdown but never as HTML, and keeps a multi-line note inside its item', async () => {
    const md = await text('md')
    expect(md).not.toMatch(/(^|[^\\])<script>/m)
    expect(md).toContain('\\<script>alert(1)\\</script>')
    expect(md).toContain(
      '  Check | this *claim*, "quoted", \\<script>alert(1)\\</script>\n  second line, with commas'
    )
  })

  it('groups by colour meaning when asked', async () => {
    const md = await text('md', { groupBy: 'color', sections: ['annotations'] })
    expect([...md.matchAll(/^### (.+)$/gm)].map((m) => m[1])).toEqual([
      'Key claim',
      'Doubtful',
      'Follow up'
    ])
  })

  it('leaves out annotations by tag, colour, grade and hand-picking', async () => {
    const only = async (choice: object): Promise<number> => {
      const r = await s.exporter.briefing(
        spec({ annotations: { tags: [], colors: [], grades: [], excluded: [], ...choice } })
      )
      return r.ok ? r.value.annotations.length : -1
    }
    expect(await only({})).toBe(3)
    expect(await only({ tags: ['north-korea'] })).toBe(2)
    expect(await only({ colors: ['yellow'] })).toBe(1)
    expect(await only({ grades: ['B2'] })).toBe(1)
    expect(await only({ grades: ['ungraded'] })).toBe(2)
    const all = await s.api.listAnnotations('all')
    const first = all.ok ? all.value[0]?.id : ''
    expect(await only({ excluded: [first] })).toBe(2)
  })
})

describe('HTML', () => {
  it('is self-contained: a strict CSP, inline CSS, no script and no external reference', async () => {
    const html = await text('html')
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'`)
    expect(html).not.toMatch(/<script|<link|<img|src=|@import|url\(/i)
    expect(html).toContain('<style>')
    expect(html).toContain('@page { size: A4')
    expect(html).toContain('counter(page)')
  })

  it('escapes titles, quotes and notes, and renders notes as sanitised Markdown', async () => {
    const html = await text('html')
    expect(html).toContain('<h1>North Korea | *troops* &#60;b&#62;brief&#60;/b&#62;</h1>')
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;')
    expect(html).toContain('<em>claim</em>')
    expect(html).toContain(ZELENSKYY)
    expect(html).toContain('&#60;b&#62;')
    expect(html).toContain(
      '<del>Zelenskyy claimed that 10</del><ins>up to 12</ins>,000 North Korean'
    )
    expect(html.match(/class="marking/g)).toHaveLength(2)
  })

  it('prints on US Letter when asked', async () => {
    expect(await text('html', { paper: 'letter' })).toContain('@page { size: letter')
  })
})

describe('CSV', () => {
  it('quotes fields with commas, quotes and newlines (RFC 4180) and keeps them exact', async () => {
    const csv = await text('csv')
    expect(csv.startsWith('\uFEFFid,article_id,source_title')).toBe(true)
    expect(csv).toContain(csvField(HOSTILE_NOTE))
    expect(csvField(HOSTILE_NOTE)).toBe(
      '"Check | this *claim*, ""quoted"", <script>alert(1)</script>\nsecond line, with commas"'
    )
    // The annotations come first; the stories follow after a blank line, with their own header.
    const [notes = '', stories = ''] = csv.slice(1).split('\r\n\r\n')
    expect(stories.startsWith('story,part,claim,status,outlet,entry')).toBe(true)
    const rows = parseCsv(`${notes}\r\n`)
    expect(rows).toHaveLength(4)
    const quoteCol = rows[0]?.indexOf('quote') ?? -1
    const noteCol = rows[0]?.indexOf('note') ?? -1
    expect(
      rows
        .slice(1)
        .map((r) => r[quoteCol])
        .sort()
    ).toEqual([BLINKEN_QUOTE, TROOPS, ZELENSKYY].sort())
    expect(rows.slice(1).map((r) => r[noteCol])).toContain(HOSTILE_NOTE)
  })
})

describe('JSON-LD', () => {
  it('is a W3C AnnotationCollection whose targets carry both selectors and the exact quote', async () => {
    const doc = JSON.parse(await text('jsonld'))
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld')
    expect(doc.type).toBe('AnnotationCollection')
    expect(doc.total).toBe(3)
    const items = doc.first.items as {
      type: string
      body: { purpose: string; value: string }[]
      target: { selector: { type: string; exact?: string }[] }
    }[]
    expect(items.every((i) => i.type === 'Annotation')).toBe(true)
    const hostile = items.find((i) => i.body.some((b) => b.value === HOSTILE_NOTE))
    expect(hostile?.target.selector.map((x) => x.type)).toEqual([
      'TextQuoteSelector',
      'TextPositionSelector'
    ])
    expect(hostile?.target.selector[0]?.exact).toBe(ZELENSKYY)
    expect(hostile?.body.filter((b) => b.purpose === 'tagging').map((b) => b.value)).toEqual([
      'north-korea',
      'numbers'
    ])
    expect(hostile?.body.find((b) => b.purpose === 'classifying')?.value).toBe('Doubtful')
  })
})

describe('DOCX', () => {
  it('is a Word document with the quotes, the marking in header and footer, and page numbers', async () => {
    const r = await s.exporter.export(spec(), 'docx')
    if (!r.ok) throw new Error(r.error.message)
    expect(r.value.encoding).toBe('base64')
    const files = unzipSync(Buffer.from(r.value.data, 'base64'))
    const part = (name: string): string => strFromU8(files[name] ?? new Uint8Array())
    const body = part('word/document.xml')
    const xmlText = (xml: string): string =>
      [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
        .map((m) => m[1])
        .join('')
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
    const words = xmlText(body)
    for (const q of [ZELENSKYY, TROOPS, BLINKEN_QUOTE]) expect(words).toContain(q)
    expect(words).toContain('<script>alert(1)</script>')
    expect(body).not.toContain('<script>')
    const header = Object.keys(files).filter((f) => /word\/header\d*\.xml/.test(f))
    const footer = Object.keys(files).filter((f) => /word\/footer\d*\.xml/.test(f))
    expect(header.some((f) => xmlText(part(f)).includes('OFFICIAL-SENSITIVE'))).toBe(true)
    expect(
      footer.some(
        (f) => part(f).includes('PAGE') && xmlText(part(f)).includes('OFFICIAL-SENSITIVE')
      )
    ).toBe(true)
  })
})

describe('PDF', () => {
  const pdftotext = spawnSync('pdftotext', ['-v']).status === 0
  const engines = [
    { engine: 'chromium', available: Boolean(findChromium()) },
    { engine: 'pdfkit', available: true }
  ]
  for (const { engine, available } of engines) {
    if (!available || !pdftotext)
      console.log(
        `PDF ${engine} test skipped: ${!pdftotext ? 'pdftotext is missing (apt-get install poppler-utils)' : 'no Chromium (apt-get install chromium)'}`
      )
    it.skipIf(!available || !pdftotext)(
      `${engine}: A4 and Letter, the quotes, the marking and "Page n of m" on every page`,
      async () => {
        const was = process.env.PARALLAX_PDF_ENGINE
        process.env.PARALLAX_PDF_ENGINE = engine
        try {
          for (const [paper, size] of [
            ['a4', '(A4)'],
            ['letter', '(letter)']
          ] as const)
            checkPdf(await pdfFile(spec({ paper }), `${engine}-${paper}`), size)
        } finally {
          if (was === undefined) delete process.env.PARALLAX_PDF_ENGINE
          else process.env.PARALLAX_PDF_ENGINE = was
        }
      }
    )
  }
})

async function pdfFile(briefing: BriefingSpec, name: string): Promise<string> {
  const r = await s.exporter.render(briefing, 'pdf')
  if (!r.ok) throw new Error(r.error.message)
  const file = join(dir, `${name}.pdf`)
  writeFileSync(file, r.value.bytes)
  return file
}

function checkPdf(file: string, size: string): void {
  expect(spawnSync('pdfinfo', [file]).stdout.toString()).toContain(size)
  const pages = spawnSync('pdftotext', ['-layout', file, '-'])
    .stdout.toString()
    .split('\f')
    .filter((p) => p.trim())
  expect(pages.length).toBeGreaterThan(1)
  pages.forEach((p, i) => {
    expect(p).toContain('OFFICIAL-SENSITIVE')
    expect(p).toContain(`Page ${i + 1} of ${pages.length}`)
  })
  const all = spawnSync('pdftotext', [file, '-']).stdout.toString().replace(/\s+/g, ' ')
  for (const q of [ZELENSKYY, BLINKEN_QUOTE]) expect(all).toContain(q)
  // The story section: its heading, the claim and both outlets' values with their citations.
  expect(all).toContain('Stories: timeline and claims')
  expect(all).toContain('North Korea support')
  // Table cells wrap, so their words are read in any order.
  for (const w of ['Stoltenberg:', 'office', '(role)', 'Ukrinform', '[4]', '[5]'])
    expect(all).toContain(w)
  expect(
    all.match(/secretary general \(nato\)|secretary general|general \(nato\)/g)?.length
  ).toBeGreaterThanOrEqual(2)
}

describe('stories', () => {
  // The five sample articles tell one story; its claim table has the office of Jens Stoltenberg.
  const STORY = 'North Korea support'
  const CLAIM = 'Jens Stoltenberg: office (role)'
  const only = { sections: ['stories'] as BriefingSpec['sections'] }

  it('Markdown and HTML: the story, its dated timeline with citations, and its claim table', async () => {
    const md = await text('md', only)
    expect(md).toContain(`### ${STORY}`)
    const timeline = md.split('\n').filter((l) => /^1\. .* · .* \\\[\d\\\]$/.test(l))
    expect(timeline).toHaveLength(5)
    expect(timeline[0]).toContain('18 Oct 2024')
    // Only the outlets that state a claim head a column.
    expect(md).toContain('| Claim | Reuters and the Associated Press | Ukrinform |')
    expect(md).toMatch(
      /^\| Jens Stoltenberg: office \\\(role\\\) \| secretary general \\\(nato\\\) \\\[4\\\] \| secretary general \\\(nato\\\) \\\[5\\\] \|$/m
    )
    const html = await text('html', only)
    expect(html).toContain(`<h3>${STORY}`)
    expect(html.match(/<ol class="timeline"><li>/g)).toHaveLength(1)
    expect(html).toContain(`<tr class="agree"><td>${CLAIM}</td>`)
  })

  it('CSV and JSON-LD carry the same timeline and values', async () => {
    const csv = await text('csv', only)
    const [, stories = ''] = csv.slice(1).split('\r\n\r\n')
    const rows = parseCsv(stories)
    expect(rows[0]).toEqual(['story', 'part', 'claim', 'status', 'outlet', 'entry'])
    expect(rows.filter((r) => r[1] === 'timeline')).toHaveLength(5)
    expect(rows.filter((r) => r[2] === CLAIM).map((r) => r[3])).toEqual(['agree', 'agree'])
    const ld = JSON.parse(await text('jsonld', only))['urn:parallax:stories'] as {
      name: string
      timeline: unknown[]
      claims: { claim: string; values: Record<string, string> }[]
    }[]
    expect(ld.map((st) => st.name.startsWith(STORY))).toEqual([true])
    expect(ld[0]?.timeline).toHaveLength(5)
    expect(Object.keys(ld[0]?.claims.find((c) => c.claim === CLAIM)?.values ?? {})).toHaveLength(2)
  })

  it('DOCX: the story heading, its timeline and a claim table with the values', async () => {
    const r = await s.exporter.export(spec(only), 'docx')
    if (!r.ok) throw new Error(r.error.message)
    const xml = strFromU8(
      unzipSync(Buffer.from(r.value.data, 'base64'))['word/document.xml'] ?? new Uint8Array()
    )
    const words = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('|')
    expect(words).toContain(STORY)
    expect(words).toMatch(/\|1\. 18 Oct 2024 · /)
    expect(words).toContain(`|${CLAIM}|`)
    expect(words).toMatch(/secretary general \(nato\) \[\d\]/)
    expect(xml.match(/<w:tbl>/g)).toHaveLength(1)
  })

  it('says so when no two chosen articles tell one story', async () => {
    const one = s.library.list()[0]?.id as string
    expect(await text('md', { ...only, articles: [one] })).toContain(
      '_No two chosen sources tell the same story._'
    )
  })
})

describe('findings', () => {
  it('puts a confirmed contradiction in once, and leaves it and its mirror link out on request', async () => {
    const withFindings = await text('md', { sections: ['disagree'] })
    expect(withFindings.match(/^### \d+\./gm)).toEqual(['### 1.'])
    // The analyst's comment is Markdown by design, so it stays Markdown.
    expect(withFindings).toContain('Counts differ | *both* sourced to intelligence')
    const without = await text('md', { sections: ['disagree'], includeFindings: false })
    expect(without).toContain('_No confirmed contradiction between the chosen sources._')
  })
})

describe('orphans', () => {
  it('flags an annotation re-anchoring could not place, instead of passing it off as placed', async () => {
    const all = await s.api.listAnnotations('all')
    const a = all.ok ? all.value[0] : undefined
    if (!a) throw new Error('no annotation')
    const b = composeBriefing(
      spec({ sections: ['annotations'] }),
      {
        articles: s.library.store.data.articles,
        annotations: [{ ...a, anchor: { status: 'orphan', confidence: 0.2 } }],
        links: [],
        decisions: [],
        palette: s.library.store.data.palette
      },
      '2024-11-01'
    )
    expect(toMarkdown(b)).toContain('needs attention: not found in the current text')
  })
})

describe('errors', () => {
  it('names an unknown article', async () => {
    const r = await s.exporter.export(spec({ articles: ['ffffffffffff'] }), 'md')
    expect(r.ok ? '' : r.error.message).toContain('ffffffffffff')
  })
})

/** A strict RFC 4180 reader for the test: quoted fields, doubled quotes, CRLF rows. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]
    if (quoted && c === '"' && csv[i + 1] === '"') {
      field += '"'
      i++
    } else if (c === '"') quoted = !quoted
    else if (quoted) field += c
    else if (c === ',') {
      row.push(field)
      field = ''
    } else if (c === '\r' && csv[i + 1] === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      i++
    } else field += c
  }
  return rows
}
