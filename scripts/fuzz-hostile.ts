// The hostile classes for `npm run test:fuzz`: decompression bombs, deep nesting, hostile
// bundles and control characters. Each case is a file that must end in an import or a specific
// refusal; `expect` says which, and for a refusal what the message must name.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { newBriefingSpec } from '../src/shared/briefing-spec'
import { createServices, type Services } from '../src/main/services'
import {
  deepHtml,
  docxBomb,
  docxTextBomb,
  pdfBomb
} from '../src/main/services/import/fixtures/bombs'

/** What a case must end in: imported, or refused with this code and a message matching `why`. */
export type Expect = { imported: true } | { code: string; why: RegExp }

export type HostileCase = { label: string; name: string; bytes: () => Uint8Array; expect: Expect }

const enc = (s: string): Uint8Array => new TextEncoder().encode(s)
const PROSE =
  'Officials said 6,000 troops crossed the border on Monday, according to two people briefed on the matter. '
const bomb = (why: RegExp): Expect => ({ code: 'too-large', why })
// Terminal escapes (title, clear screen, CSI), backspace, DEL, bidi override, BOM.
const CONTROL = '\u001b]0;pwned\u0007\u001b[2J\u0008\u007f\u009b31m\u202e\ufeff'

/** Files for extractArticle: bombs, deep nesting and control characters. */
export function hostileFiles(): HostileCase[] {
  const deep = (n: number, tag: string): HostileCase => ({
    label: `${n} nested <${tag}>`,
    name: `deep-${tag}-${n}.html`,
    bytes: () => enc(deepHtml(n, tag)),
    expect: n > 400 ? bomb(/nests its elements more than 400 levels deep/) : { imported: true }
  })
  return [
    ...[100, 300, 1000].map((mb) => ({
      label: `zip bomb: document.xml inflating to ${mb} MB`,
      name: `bomb-${mb}.docx`,
      bytes: () => docxBomb(mb),
      expect: bomb(/expands past 64 MB/)
    })),
    {
      label: 'zip bomb named .txt',
      name: 'bomb.txt',
      bytes: () => docxBomb(300),
      expect: bomb(/expands past 64 MB/)
    },
    ...[25, 40].map((mb) => ({
      label: `.docx storing ${mb} MB of text`,
      name: `long-${mb}.docx`,
      bytes: () => docxTextBomb(mb),
      expect: bomb(/holds more than 20 MB of text/)
    })),
    ...[100, 300, 1000].map((mb) => ({
      label: `flate bomb: PDF page stream inflating to ${mb} MB`,
      name: `bomb-${mb}.pdf`,
      bytes: () => pdfBomb(mb),
      expect: bomb(/expands past 64 MB/)
    })),
    ...[50, 300].map((n) => deep(n, 'div')),
    ...[2000, 10_000].map((n) => deep(n, 'div')),
    ...[2000, 5000].map((n) => deep(n, 'span')),
    deep(3000, 'section'),
    deep(2000, 'table'),
    {
      label: '2,000 nested divs left unclosed',
      name: 'unclosed.html',
      bytes: () =>
        enc(`<html><body>${'<div>'.repeat(2000)}<p>${PROSE.repeat(5)}</p></body></html>`),
      expect: bomb(/nests its elements more than 400 levels deep/)
    },
    {
      label: '100,000 sibling paragraphs',
      name: 'wide.html',
      bytes: () => enc(`<html><body>${`<div><p>${PROSE}</p></div>`.repeat(100_000)}</body></html>`),
      expect: bomb(/has more than 60000 elements|took longer than/)
    },
    {
      label: 'control characters and terminal escapes in a text file',
      name: `esc${CONTROL.slice(0, 12)}.txt`,
      bytes: () => enc(`${CONTROL}Title line ${CONTROL}\n\n${PROSE.repeat(20)}${CONTROL}${PROSE}`),
      expect: { imported: true }
    },
    {
      label: 'a NUL byte in a text file',
      name: 'nul.txt',
      bytes: () => enc(`${PROSE}\u0000${PROSE}`),
      expect: { code: 'binary-file', why: /looks like a binary file/ }
    },
    {
      label: 'control characters in an HTML title and body',
      name: 'controls.html',
      bytes: () =>
        enc(
          `<html><head><title>${CONTROL}Headline</title></head><body><p>${PROSE.repeat(20)}${CONTROL}</p></body></html>`
        ),
      expect: { imported: true }
    }
  ]
}

/** An empty library in a temporary folder (no analysis engine), removed by `close`. */
export async function fuzzLibrary(): Promise<{ services: Services; close: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-fuzz-'))
  const services = await createServices({
    dataDir: dir,
    transport: 'http',
    version: 'fuzz',
    sampleDir: null,
    engineChannel: { request: async () => [] as never, close: async () => undefined }
  })
  const close = async (): Promise<void> => {
    await services.close()
    rmSync(dir, { recursive: true, force: true })
  }
  return { services, close }
}

/** A library holding one annotated article, for hostile bundles to be imported into. */
export async function bundleLibrary(): Promise<{
  services: Services
  clean: () => Record<string, unknown>
  close: () => Promise<void>
}> {
  const { services, close } = await fuzzLibrary()
  const r = await services.api.importArticle({ pasted: `${PROSE}\n\n${PROSE}` })
  if (!r.ok || r.value.status !== 'imported') throw new Error('fuzz: could not seed the library')
  await services.api.createAnnotation({ article: r.value.id, start: 0, end: 9, color: 'red' })
  const out = await services.exporter.render(newBriefingSpec([], { title: 'fuzz' }), 'bundle')
  if (!out.ok) throw new Error(out.error.message)
  const json = new TextDecoder().decode(out.value.bytes)
  return {
    services,
    clean: () => JSON.parse(json) as Record<string, unknown>,
    close
  }
}

type B = {
  articles: {
    meta: Record<string, unknown>
    text: string
    annotations: Record<string, unknown>[]
  }[]
  palette: Record<string, unknown>[]
  decisions: unknown[]
  links: unknown[]
}

/** Bundles that must be refused whole, as `bundle-N.parallax.json` files. */
export function hostileBundles(clean: () => Record<string, unknown>): HostileCase[] {
  const refused = (why: RegExp): Expect => ({ code: 'corrupt-file', why })
  const tamper = (label: string, change: (b: B) => void, expect: Expect): HostileCase => ({
    label: `bundle: ${label}`,
    name: 'hostile.parallax.json',
    bytes: () => {
      const b = clean() as unknown as B
      change(b)
      return enc(JSON.stringify(b))
    },
    expect
  })
  const first = (b: B) => b.articles[0] as B['articles'][number]
  return [
    tamper(
      'a repeated article id',
      (b) =>
        b.articles.push({ ...structuredClone(first(b)), text: 'Other text.', annotations: [] }),
      refused(/appears twice/)
    ),
    ...['javascript:alert(1)', 'JAVASCRIPT:x', 'file:///etc/passwd', 'data:text/html,x'].map(
      (url) => tamper(`article URL ${url}`, (b) => (first(b).meta.url = url), refused(/http\(s\)/))
    ),
    ...['url(http://127.0.0.1/)', 'red;x:y', '#12345', 'expression(alert(1))'].map((color) =>
      tamper(
        `palette colour ${color}`,
        (b) => ((b.palette[0] as { color: string }).color = color),
        refused(/colour/)
      )
    ),
    ...['__proto__', 'constructor'].map((id) =>
      tamper(`article id ${id}`, (b) => (first(b).meta.id = id), refused(/not a valid/))
    ),
    tamper(
      'a decision on finding __proto__',
      (b) =>
        b.decisions.push({
          findingId: '__proto__',
          status: 'confirmed',
          at: '2024-01-01T00:00:00Z',
          finding: { id: '__proto__', a: null, b: null }
        }),
      refused(/not a valid/)
    ),
    tamper(
      'a repeated annotation id',
      (b) => first(b).annotations.push(structuredClone(first(b).annotations[0]!)),
      refused(/appears twice/)
    ),
    tamper(
      'control characters in the title and outlet',
      (b) => Object.assign(first(b).meta, { title: `${CONTROL}Title`, source: CONTROL }),
      { imported: true }
    ),
    {
      label: 'bundle: 100,000 nested arrays',
      name: 'nested.parallax.json',
      bytes: () =>
        enc(`{"format": "parallax-bundle", "x": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`),
      expect: refused(/not a valid|not valid JSON/)
    }
  ]
}
