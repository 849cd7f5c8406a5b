/**
 * Annotation speed, through the real services on real files in a temporary folder.
 *  1. Create one annotation in a library already holding 20,000 (200 articles x 100): time from
 *     the call until it is acknowledged as stored (fsynced). Target < 30 ms.
 *     Baseline: one lowdb file holding all 20,000 annotations, rewritten (durably) per create.
 *  2. Re-anchor 1,000 annotations on an edited 20,000-word article. Target < 1 s.
 *     Baseline: un-indexed anchoring, a fuzzy search of the whole text for every quote.
 *   npx tsx bench/annotations.ts
 */
import { mkdir, readFileSync, readdirSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Low } from 'lowdb'
import { describe, reanchorAll, type Anchorable } from '../src/shared/anchoring'
import { fuzzyMatch } from '../src/shared/anchoring/match-quote'
import type { Annotation } from '../src/shared/model'
import { DurableJSONFile } from '../src/main/services/durable-json-file'
import { Store } from '../src/main/services/store'
import { makeRig } from '../src/main/services/annotations/test-rig'

const ARTICLES = 200
const PER_ARTICLE = 100
const CREATES = 50
const REANCHOR = 1000

let seed = 7
const rand = (n: number): number => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31
  return seed % n
}

const prose = readdirSync(join(__dirname, '../articles'))
  .map((f) => readFileSync(join(__dirname, '../articles', f), 'utf8'))
  .join('\n\n')
  .split(/\n\s*\n/)
  .filter((p) => p.trim().length > 40)

/** An article of about `words` words from the sample prose, numbered so paragraphs differ. */
function longArticle(words: number, tag: string): string {
  const paras: string[] = [`Bench article ${tag}`]
  for (let n = 0, i = 0; n < words; i++) {
    const p = `${prose[i % prose.length]} (${tag}.${i})`
    paras.push(p)
    n += p.split(/\s+/).length
  }
  return paras.join('\n\n')
}

const stats = (ms: number[]): { median: number; p95: number; max: number } => {
  const s = [...ms].sort((a, b) => a - b)
  const at = (q: number): number => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0
  return { median: at(0.5), p95: at(0.95), max: s.at(-1) ?? 0 }
}
const fmt = (x: { median: number; p95: number; max: number }): string =>
  `median ${x.median.toFixed(2)} ms, p95 ${x.p95.toFixed(2)} ms, max ${x.max.toFixed(2)} ms`

/** `count` annotations over random sentences of `text`, as stored. */
function generated(article: string, text: string, count: number): Annotation[] {
  const at = new Date().toISOString()
  return Array.from({ length: count }, (_, i) => {
    const start = rand(text.length - 200)
    const { quote, position } = describe(text, start, start + 40 + rand(120))
    return {
      id: `an-${(i + 1).toString(16).padStart(16, '0')}`,
      article,
      target: { source: article, selector: [quote, position] },
      body: {
        color: 'yellow',
        tags: ['bench'],
        note: 'A note of a realistic length, with **markdown**.'
      },
      anchor: { status: 'exact', confidence: 1 },
      created: at,
      modified: at
    }
  })
}

async function benchCreate(): Promise<void> {
  const rig = await makeRig()
  try {
    const ids: string[] = []
    const all: Annotation[] = []
    const annDir = join(rig.dir, 'annotations')
    mkdir(annDir, { recursive: true }, () => undefined)
    for (let i = 0; i < ARTICLES; i++) {
      const id = await rig.add(longArticle(600, `a${i}`))
      const text = await rig.library.readText(id)
      const list = generated(id, text, PER_ARTICLE)
      all.push(...list)
      await writeFile(
        join(annDir, `${id}.json`),
        JSON.stringify({ schemaVersion: 1, annotations: list })
      )
      ids.push(id)
    }
    const count = (await rig.annotations.list(ids.slice(CREATES, ARTICLES - 1))).length
    console.log(`(${count.toLocaleString('en')} annotations read back through the service)`)
    const texts = new Map(
      await Promise.all(ids.map(async (id) => [id, await rig.library.readText(id)] as const))
    )
    console.log(
      `library: ${ARTICLES} articles, ${all.length.toLocaleString('en')} annotations on disk`
    )

    const one = async (id: string): Promise<number> => {
      const text = texts.get(id) as string
      const start = rand(text.length - 100)
      const t0 = performance.now()
      const r = await rig.annotations.create({
        article: id,
        start,
        end: start + 60,
        color: 'red',
        tags: ['new']
      })
      const ms = performance.now() - t0
      if (!r.ok) throw new Error(r.error.message)
      return ms
    }
    const cold: number[] = []
    for (let i = 0; i < CREATES; i++) cold.push(await one(ids[i] as string))
    const warm: number[] = []
    for (let i = 0; i < CREATES; i++) warm.push(await one(ids[rand(CREATES)] as string))

    // Baseline: every annotation in one lowdb file, durably rewritten for each create.
    const db = new Low(
      new DurableJSONFile<{ annotations: Annotation[] }>(join(rig.dir, 'naive.json')),
      {
        annotations: all
      }
    )
    await db.write()
    const naiveStore = new Store(db, () => ({ annotations: [] as Annotation[] }))
    const naive: number[] = []
    for (let i = 0; i < CREATES; i++) {
      const [a] = generated(ids[0] as string, texts.get(ids[0] as string) as string, 1)
      const t0 = performance.now()
      await naiveStore.update((d) => void d.annotations.push(a as Annotation))
      naive.push(performance.now() - t0)
    }
    // The worst case for per-article files: all 20,000 on the article being annotated.
    const crowded = ids[ARTICLES - 1] as string
    const crowdedText = texts.get(crowded) as string
    const heavy = generated(crowded, crowdedText, ARTICLES * PER_ARTICLE)
    await writeFile(
      join(annDir, `${crowded}.json`),
      JSON.stringify({ schemaVersion: 1, annotations: heavy })
    )
    await one(crowded) // opens the 20,000-annotation file
    const crowdedMs: number[] = []
    for (let i = 0; i < 10; i++) crowdedMs.push(await one(crowded))
    const w = stats(warm)
    const n = stats(naive)
    console.log(`create, first on its article (opens the file): ${fmt(stats(cold))}`)
    console.log(`create, article file already open:             ${fmt(w)}`)
    console.log(`baseline, one file of 20,000 rewritten:         ${fmt(n)}`)
    console.log(`ratio baseline / per-article files (median): ${(n.median / w.median).toFixed(1)}x`)
    console.log(`worst case, all 20,000 on the annotated article:  ${fmt(stats(crowdedMs))}`)
    const worst = stats(cold).p95
    console.log(
      `target < 30 ms per create (p95 incl. first open ${worst.toFixed(1)} ms): ${worst < 30 ? 'met' : 'MISSED'}`
    )
  } finally {
    await rig.close()
  }
}

/** The edit an author makes between versions: insertions, rewordings, deletions. */
function edit(text: string): string {
  const paras = text.split('\n\n')
  const out: string[] = []
  paras.forEach((p, i) => {
    if (i % 25 === 3) out.push(`An inserted paragraph of new reporting, number ${i}.`)
    if (i % 40 === 7) return // paragraph deleted
    out.push(i % 10 === 5 ? p.replace(/\b(the|and|said)\b/, 'THE') : p)
  })
  return out.join('\n\n')
}

function benchReanchor(): void {
  const oldText = longArticle(20_000, 'long')
  const newText = edit(oldText)
  const items: Anchorable[] = generated('long', oldText, REANCHOR).map((a) => ({
    id: a.id,
    quote: a.target.selector[0],
    position: a.target.selector[1]
  }))
  const words = oldText.split(/\s+/).length
  console.log(
    `article: ${words.toLocaleString('en')} words, ${oldText.length.toLocaleString('en')} characters; ${REANCHOR} annotations`
  )
  reanchorAll(oldText, newText, items.slice(0, 20)) // warm the JIT
  const t0 = performance.now()
  const placed = reanchorAll(oldText, newText, items)
  const ms = performance.now() - t0
  const count = { exact: 0, fuzzy: 0, orphan: 0 }
  for (const p of placed) count[p.result.status]++
  // Baseline: no position, no verbatim shortcut, no window: fuzzy over the whole text each time.
  const t1 = performance.now()
  let naivePlaced = 0
  for (const it of items) if (fuzzyMatch(newText, it.quote, it.position.start)) naivePlaced++
  const naive = performance.now() - t1
  console.log(
    `re-anchor ${REANCHOR}: ${ms.toFixed(0)} ms (exact ${count.exact}, fuzzy ${count.fuzzy}, orphans ${count.orphan})`
  )
  console.log(`baseline whole-text fuzzy search: ${naive.toFixed(0)} ms (${naivePlaced} found)`)
  console.log(`ratio baseline / re-anchor: ${(naive / ms).toFixed(1)}x`)
  console.log(`target < 1 s: ${ms < 1000 ? 'met' : 'MISSED'}`)
}

async function main(): Promise<void> {
  console.log('--- create one annotation among 20,000 ---')
  await benchCreate()
  console.log('--- re-anchor 1,000 annotations on an edited 20,000-word article ---')
  benchReanchor()
}

void main()
