/**
 * Contradiction and paraphrase speed, on the seeded corpora of bench/corpus.ts (about 800 words
 * per article). Targets, with overlap switched on as in the app (createEngineHost): 2,000
 * articles fully analysed in under 3 s; one more article added to the analysed 2,000 in under
 * 30 ms. Baseline in the same run: every cross-article sentence pair through the same rules
 * (paraphrase alignment and the claim checks), timed on a sample of article pairs at 100
 * articles and extrapolated by the exact number of sentence pairs.
 *   npm run bench claims
 * The full figure is the app's path: two worker threads, overlap beside claims, findings merged.
 * Wall time is shared with whatever else runs on the machine, so CPU time is printed too.
 */
import { claimsOf } from '../src/shared/analysis/claims/doc-claims'
import { ClaimsEngine } from '../src/shared/analysis/claims/claims-engine'
import { compareQuantities } from '../src/shared/analysis/claims/number-rule'
import type { EngineDoc } from '../src/shared/analysis/engine'
import { OverlapEngine } from '../src/shared/analysis/overlap/overlap-engine'
import { alignSentences } from '../src/shared/analysis/paraphrase/align'
import { TermVocabulary } from '../src/shared/analysis/paraphrase/terms'
import { SentenceIndex } from '../src/shared/analysis/paraphrase/sentence-index'
import { analysisWorkerScript, workerChannel } from '../src/main/services/analysis/channels'
import { createEngineHost } from '../src/main/services/analysis/engines'
import { generateCorpus } from './corpus'

const gc = (): void => (globalThis as { gc?: () => void }).gc?.()
const ms = (n: number): string => `${n.toFixed(n < 10 ? 2 : 0)} ms`

/** Wall and CPU milliseconds of `fn`. */
function timed<T>(fn: () => T): { value: T; wall: number; cpu: number } {
  gc()
  const c = process.cpuUsage()
  const t = performance.now()
  const value = fn()
  const wall = performance.now() - t
  const u = process.cpuUsage(c)
  return { value, wall, cpu: (u.user + u.system) / 1000 }
}

/** Wall and CPU milliseconds (all threads of the process) of an async `fn`. */
async function timedAsync<T>(
  fn: () => Promise<T>
): Promise<{ value: T; wall: number; cpu: number }> {
  gc()
  const c = process.cpuUsage()
  const t = performance.now()
  const value = await fn()
  const wall = performance.now() - t
  const u = process.cpuUsage(c)
  return { value, wall, cpu: (u.user + u.system) / 1000 }
}

const show = (r: { wall: number; cpu: number }): string => `${ms(r.wall)} wall, ${ms(r.cpu)} cpu`

/**
 * The app's path: overlap and claims each in their own worker thread (workerChannel), timed
 * from the first document sent to the merged findings returned. Worker start-up is timed
 * apart (the app starts the workers once). The same engines in one thread, as the CLI runs
 * them (createEngineHost), are timed too: their ratio is what the second core buys.
 */
async function full(docs: EngineDoc[]): Promise<void> {
  const overlap = timed(() => {
    const e = new OverlapEngine()
    for (const d of docs) e.add(d)
    return e.findings().length
  })
  const serial = timed(() => {
    const host = createEngineHost()
    host.sync(docs)
    return host.findings().length
  })
  const channel = workerChannel(analysisWorkerScript())
  const boot = await timedAsync(() => channel.request({ op: 'sync', docs: [] }))
  // As AnalysisService sends them: sync and findings together, each worker answering in order.
  const both = await timedAsync(async () => {
    const [, found] = await Promise.all([
      channel.request({ op: 'sync', docs }),
      channel.request({ op: 'findings' })
    ])
    return found
  })
  await channel.close()
  const kinds = new Map<string, number>()
  for (const f of both.value) kinds.set(f.kind, (kinds.get(f.kind) ?? 0) + 1)
  console.log(
    `${String(docs.length).padStart(5)} articles: overlap alone ${show(overlap)}; ` +
      `all engines, one thread ${show(serial)}; ` +
      `all engines, two workers ${show(both)} (target < 3,000 ms at 2,000; ` +
      `${(serial.wall / both.wall).toFixed(2)}× the one-thread wall; workers start in ` +
      `${ms(boot.wall)}) — ${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ')}`
  )
  if (serial.value !== both.value.length) throw new Error('the two paths found different findings')
}

function stages(docs: EngineDoc[]): void {
  const vocab = new TermVocabulary()
  const terms = timed(() => docs.map((d) => vocab.sentencesOf(d.text)))
  const index = timed(() => {
    const ix = new SentenceIndex(() => true)
    let pairs = 0
    docs.forEach((d, i) => (pairs += ix.add(i, d.text).pairs.length))
    return pairs
  })
  const claims = timed(() => docs.map((d, i) => claimsOf(d.text, terms.value[i] ?? [], d.date)))
  const engine = timed(() => {
    const e = new ClaimsEngine()
    for (const d of docs) e.add(d)
    return e
  })
  const read = timed(() => engine.value.findings().length)
  console.log(`stages at ${docs.length} articles:`)
  console.log(`  tokens + terms + sentences   ${show(terms)}`)
  console.log(
    `  sentence index + paraphrase candidates (${index.value} aligned pairs)  ${show(index)}`
  )
  console.log(`  claim extraction             ${show(claims)}`)
  console.log(`  claims engine, all stages    ${show(engine)}`)
  console.log(`  findings built (diffs), ${read.value}   ${show(read)}`)
}

/** One more article through the worker channel, as the app adds an import to its library. */
async function incremental(docs: EngineDoc[], extra: EngineDoc[]): Promise<void> {
  const channel = workerChannel(analysisWorkerScript())
  await channel.request({ op: 'sync', docs })
  await channel.request({ op: 'findings' })
  const times: number[] = []
  for (const d of extra) {
    const t = performance.now()
    await channel.request({ op: 'sync', docs: [d] })
    await channel.request({ op: 'findings', ids: [d.id] })
    times.push(performance.now() - t)
    await channel.request({ op: 'remove', ids: [d.id] })
  }
  await channel.close()
  times.sort((a, b) => a - b)
  console.log(
    `one article added to ${docs.length} (two workers): median ` +
      `${ms(times[times.length >> 1] as number)}, max ${ms(times[times.length - 1] as number)} ` +
      `over ${times.length} (target < 30 ms)`
  )
}

/** The naive baseline: every cross-article sentence pair through the rules, sampled. */
function baseline(docs: EngineDoc[], indexedMs: number): void {
  const vocab = new TermVocabulary()
  const sents = docs.map((d) => vocab.sentencesOf(d.text))
  const claims = docs.map((d, i) => claimsOf(d.text, sents[i] ?? [], d.date))
  const weight = (): number => 1
  const kind = (t: number): number => vocab.entity[t] ?? 0
  let pairs = 0
  const t = performance.now()
  const samplePairs = 30
  for (let p = 0; p < samplePairs; p++) {
    const i = p % docs.length
    const j = (p * 7 + 1) % docs.length
    if (i === j) continue
    for (const x of sents[i] ?? [])
      for (const y of sents[j] ?? []) {
        alignSentences(x, y, weight, kind)
        pairs++
      }
    for (const a of claims[i]?.quantities ?? [])
      for (const b of claims[j]?.quantities ?? []) compareQuantities(a, b)
  }
  const perPair = (performance.now() - t) / pairs
  const counts = sents.map((s) => s.length)
  const total = counts.reduce((s, c) => s + c, 0)
  const allPairs = (total * total - counts.reduce((s, c) => s + c * c, 0)) / 2
  const estimate = perPair * allPairs
  console.log(
    `baseline at ${docs.length} articles: ${allPairs.toLocaleString('en-US')} sentence pairs × ` +
      `${(perPair * 1000).toFixed(2)} µs (sampled on ${pairs} pairs) ≈ ${ms(estimate)}; ` +
      `indexed claims engine ${ms(indexedMs)} → ${(estimate / indexedMs).toFixed(0)}× faster`
  )
}

async function main(): Promise<void> {
  const big = generateCorpus({ articles: 2050 })
  const at = (n: number): EngineDoc[] => big.slice(0, n)
  console.log('Full analysis (add every article, then read all findings):')
  for (const n of [100, 1000, 2000]) await full(at(n))
  stages(at(2000))
  await incremental(at(2000), big.slice(2000, 2030))
  const small = at(100)
  const indexed = timed(() => {
    const e = new ClaimsEngine()
    for (const d of small) e.add(d)
    return e.findings().length
  })
  baseline(small, indexed.wall)
}

void main()
