import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { OverlapEngine } from '../../../shared/analysis/overlap/overlap-engine'
import { EngineHost, type EngineDoc } from './engine-host'
import { inProcessChannel } from './channels'
import { createEngineHost } from './engines'
import { mergeFindings } from '../../../shared/analysis/claims/suppress'
import { WORKER_PARTS } from './protocol'

const dir = join(__dirname, '../../../../articles')
const docs: EngineDoc[] = readdirSync(dir)
  .filter((n) => n.endsWith('.txt'))
  .sort()
  .map((n) => ({ id: n.slice(0, 3), text: readFileSync(join(dir, n), 'utf8'), contentHash: n }))

describe('EngineHost with the overlap engine', () => {
  it('analyses only new or edited documents', () => {
    const host = new EngineHost([new OverlapEngine()])
    expect(host.sync(docs)).toBe(5)
    expect(host.sync(docs)).toBe(0)
    const edited = {
      ...(docs[2] as EngineDoc),
      text: 'A short replacement text.',
      contentHash: 'v2'
    }
    expect(host.sync([edited])).toBe(1)
    // The edited 002 no longer repeats its paragraph; 000/001 still share the Rutte sentence.
    expect(host.findings().map((f) => f.kind)).toEqual(['overlap'])
  })

  it('answers through the in-process channel with findings among the given ids', async () => {
    const channel = inProcessChannel(new EngineHost([new OverlapEngine()]))
    const progress: number[] = []
    await channel.request({ op: 'sync', docs }, (n) => progress.push(n))
    expect(progress).toEqual([0])
    const some = await channel.request({ op: 'findings', ids: ['000', '001'] })
    expect(some.map((f) => [f.a.article, f.b.article])).toEqual([['000', '001']])
    await channel.request({ op: 'remove', ids: ['001'] })
    expect(await channel.request({ op: 'findings', ids: ['000', '001'] })).toEqual([])
  })
})

describe('engines split across worker threads', () => {
  it('find exactly what one host finds, in the same order, once merged', () => {
    const whole = createEngineHost()
    whole.sync(docs)
    const expected = whole.findings()
    // Each worker runs its group of parts; the channel merges their findings.
    const lists = WORKER_PARTS.map((parts) => {
      const host = createEngineHost(parts)
      host.sync(docs)
      return host.findings()
    })
    expect(expected.some((f) => f.kind === 'paraphrase')).toBe(true)
    expect(expected.some((f) => f.kind === 'contradiction')).toBe(true)
    expect(mergeFindings(lists)).toEqual(expected)
  })

  it('drop a paraphrase that another worker already shows as overlap', () => {
    const paraphrase = createEngineHost(['paraphrase'])
    const overlap = createEngineHost(['overlap'])
    paraphrase.sync(docs)
    overlap.sync(docs)
    const alone = paraphrase.findings()
    const merged = mergeFindings([overlap.findings(), alone])
    const kept = merged.filter((f) => f.kind === 'paraphrase')
    expect(kept.length).toBeGreaterThan(0)
    expect(kept.length).toBeLessThan(alone.length)
  })
})
