/**
 * Story detection speed: grouping 2,000 articles from scratch (incremental index, candidates
 * from an inverted index) against the every-pair baseline (cosine of every pair of articles,
 * then single link) in the same run, and one article added to a 2,000-article index. The
 * articles are the 480 ECB+ original-half texts, copied with their capitalised words renamed
 * per copy, so each copy is a different event in the same words (the hard case).
 * Budgets: 2,000 articles ≤ 1 s, one added article ≤ 20 ms.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { signatureOf, type StoryDoc } from '../src/shared/analysis/stories/features'
import { StoryIndex } from '../src/shared/analysis/stories/story-index'

type EcbDoc = { id: string; title: string; text: string }
const corpus = (
  JSON.parse(readFileSync(join(__dirname, '../eval/corpora/ecb-original.json'), 'utf8')) as {
    docs: EcbDoc[]
  }
).docs

function library(n: number): StoryDoc[] {
  const docs: StoryDoc[] = []
  for (let k = 0; docs.length < n; k++)
    for (const d of corpus) {
      if (docs.length >= n) break
      const rename = (s: string): string =>
        k ? s.replace(/\b([A-Z][a-z]+)/g, (w) => `${w}x${k}`) : s
      docs.push({ id: `${d.id}-${k}`, title: rename(d.title), text: rename(d.text) })
    }
  return docs
}

const ms = (f: () => void): number => {
  const t = performance.now()
  f()
  return performance.now() - t
}

/** Every pair compared: the cosine of their feature vectors, linked above a threshold. */
function everyPair(docs: StoryDoc[]): number {
  const sigs = docs.map(signatureOf)
  const norms = sigs.map((s) => Math.sqrt([...s.features.values()].reduce((a, w) => a + w * w, 0)))
  let links = 0
  for (let i = 0; i < sigs.length; i++)
    for (let j = i + 1; j < sigs.length; j++) {
      let dot = 0
      const a = sigs[i]!.features
      const b = sigs[j]!.features
      for (const [f, w] of a) dot += w * (b.get(f) ?? 0)
      if (dot / (norms[i]! * norms[j]! || 1) > 0.3) links++
    }
  return links
}

const docs = library(2000)
library(200).forEach((d) => signatureOf(d)) // warm the JIT on a small library first
let index = new StoryIndex()
const whole = ms(() => {
  index = new StoryIndex()
  for (const d of docs) index.add(d)
})
const groups = index.groups().length
const extra = library(2001)[2000] as StoryDoc
const one = ms(() => index.add({ ...extra, id: 'added-one' }))
const baseline = ms(() => everyPair(docs))

console.log(`stories: 2,000 articles grouped in ${whole.toFixed(0)} ms (${groups} stories)`)
console.log(
  `stories: every-pair baseline ${baseline.toFixed(0)} ms; ratio ${(baseline / whole).toFixed(1)}x`
)
console.log(`stories: one article added to 2,000 in ${one.toFixed(2)} ms`)
const failed = whole > 1000 || one > 20
console.log(failed ? 'stories: over budget (1 s, 20 ms)' : 'stories: within budget (1 s, 20 ms)')
process.exit(failed ? 1 : 0)
