/**
 * Import speed: 1,000 generated articles of about 800 words (a fifth as saved web pages) are
 * extracted one after another, as a library import does. Target: all of them under 10 s.
 * Baseline in the same run: readFile plus a split on blank lines over the same files.
 *   npx tsx bench/import.ts
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { extractArticle } from '../src/main/services/import'

const COUNT = 1000
const HTML_SHARE = 0.2
const WORDS = (
  'alliance minister summit support security talks defence ukraine nato korea japan forces ' +
  'officials said would the of and to in that for with on by was were as at from ' +
  'agreement troops weapons partners cooperation president government meeting region war'
).split(' ')

// A small deterministic generator so every run measures the same text.
let seed = 42
const rand = (n: number): number => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31
  return seed % n
}

function article(i: number): string[] {
  const paras: string[] = [`Report ${i} on the alliance summit`]
  let words = 0
  while (words < 800) {
    const sentences: string[] = []
    for (let s = 0; s < 3 + rand(3); s++) {
      const len = 12 + rand(14)
      const w = Array.from({ length: len }, () => WORDS[rand(WORDS.length)] as string)
      sentences.push(`${w.join(' ').replace(/^./, (c) => c.toUpperCase())}.`)
      words += len
    }
    paras.push(sentences.join(' '))
  }
  return paras
}

const asHtml = (paras: string[]): string =>
  `<!doctype html><html lang="en"><head><title>${paras[0]} | Bench</title>` +
  `<meta property="og:site_name" content="Bench"><script>track()</script></head><body>` +
  `<nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>${paras[0]}</h1>` +
  paras
    .slice(1)
    .map((p) => `<p>${p}</p>`)
    .join('\n') +
  `</article><footer>Copyright</footer></body></html>`

async function time(
  label: string,
  files: string[],
  each: (f: string) => Promise<void>
): Promise<number> {
  const t0 = performance.now()
  for (const f of files) await each(f)
  const ms = performance.now() - t0
  console.log(
    `${label.padEnd(34)} ${(ms / 1000).toFixed(2)} s  (${(ms / files.length).toFixed(2)} ms/article)`
  )
  return ms
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'parallax-bench-import-'))
  try {
    const files: string[] = []
    for (let i = 0; i < COUNT; i++) {
      const html = i < COUNT * HTML_SHARE
      const name = join(dir, `article-${i}.${html ? 'html' : 'txt'}`)
      const paras = article(i)
      await writeFile(name, html ? asHtml(paras) : paras.join('\n\n'))
      files.push(name)
    }
    console.log(`${COUNT} articles (~800 words, ${COUNT * HTML_SHARE} as HTML) in ${dir}`)
    const base = await time('baseline readFile + split', files, async (f) => {
      void (await readFile(f, 'utf8')).split('\n\n')
    })
    let failed = 0
    const full = await time('extractArticle (read + extract)', files, async (f) => {
      const r = await extractArticle({ name: f, bytes: await readFile(f) })
      if (!r.ok) failed++
    })
    const txt = files.filter((f) => f.endsWith('.txt'))
    const html = files.filter((f) => f.endsWith('.html'))
    await time(
      `  of which ${txt.length} .txt`,
      txt,
      async (f) => void (await extractArticle({ name: f, bytes: await readFile(f) }))
    )
    await time(
      `  of which ${html.length} .html`,
      html,
      async (f) => void (await extractArticle({ name: f, bytes: await readFile(f) }))
    )
    console.log(`ratio to baseline: ${(full / base).toFixed(1)}x; failures: ${failed}`)
    console.log(`target < 10 s for ${COUNT}: ${full < 10_000 ? 'met' : 'MISSED'}`)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

void main()
