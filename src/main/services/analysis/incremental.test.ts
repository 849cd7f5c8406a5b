import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { EngineDoc } from './engine-host'
import { createEngineHost } from './engines'

// Real news: three ECB+ events (a rehab check-in, an earthquake, a shooting) with the wire
// copies and rewrites that make overlap, paraphrase and number findings.
type EcbDoc = { id: string; topic: number; title: string; text: string }
const ecb: EngineDoc[] = (
  JSON.parse(
    readFileSync(join(__dirname, '../../../../eval/corpora/ecb-original.json'), 'utf8')
  ) as {
    docs: EcbDoc[]
  }
).docs
  .filter((d) => [1, 20, 38].includes(d.topic))
  .map((d) => ({ id: d.id, text: `${d.title}\n\n${d.text}`, contentHash: d.id }))

const analysed = (list: EngineDoc[]) => {
  const host = createEngineHost()
  host.sync(list)
  return host
}

describe('adding an article to an analysed library', () => {
  // The article added last is the one with the most findings in a whole run.
  const first = analysed(ecb).findings()
  const count = (id: string): number =>
    first.filter((f) => f.a.article === id || f.b.article === id).length
  const last = [...ecb].sort((p, q) => count(q.id) - count(p.id))[0] as EngineDoc
  const before = ecb.filter((d) => d !== last)
  const docs = [...before, last]

  it('finds exactly what analysing the whole library at once finds', () => {
    const whole = analysed(docs).findings()
    const library = analysed(before)
    // Findings read before the addition are built and kept: they must not go stale.
    const earlier = library.findings()
    expect(library.sync([last])).toBe(1)
    const after = library.findings()
    expect(whole.length).toBeGreaterThan(earlier.length)
    expect(after).toEqual(whole)
  })

  it('gives the added article the findings a whole run gives it, story by story', () => {
    const whole = analysed(docs)
    const library = analysed(before)
    library.sync([last])
    const story = docs.filter((d) => d.id.split('_')[0] === last.id.split('_')[0]).map((d) => d.id)
    expect(library.findings(story)).toEqual(whole.findings(story))
    expect(library.findings(story).some((f) => [f.a.article, f.b.article].includes(last.id))).toBe(
      true
    )
  })

  it('finds after an edit what a whole run over the edited library finds', () => {
    const edited = { ...last, text: last.text.replace(/\b(\d+)\b/, '9$1'), contentHash: 'v2' }
    expect(edited.text).not.toBe(last.text)
    const library = analysed(docs)
    library.findings()
    expect(library.sync([edited])).toBe(1)
    expect(library.findings()).toEqual(analysed([...before, edited]).findings())
  })
})
