import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createEngineHost } from '../services/analysis/engines'
import { findingsByStory } from './story-scope'

type EcbDoc = { id: string; topic: number; title: string; text: string }
const corpus = (
  JSON.parse(readFileSync(join(__dirname, '../../../eval/corpora/ecb-original.json'), 'utf8')) as {
    docs: EcbDoc[]
  }
).docs
// Two earthquakes: magnitudes and days differ, which every-pair analysis reports as conflicts.
const docs = corpus
  .filter((d) => d.topic === 20 || d.topic === 38)
  .map((d) => ({ id: d.id, title: d.title, text: `${d.title}\n\n${d.text}`, date: '' }))

describe('findings scoped to stories', () => {
  const host = createEngineHost()
  host.sync(docs.map((d) => ({ id: d.id, text: d.text, contentHash: d.id })))
  const topicOf = (id: string): string => id.split('_')[0] as string
  const across = (f: { a: { article: string }; b: { article: string } }): boolean =>
    topicOf(f.a.article) !== topicOf(f.b.article)

  const among = async (ids?: string[]) => host.findings(ids)

  it('never joins two events, and tags each finding with its story', async () => {
    const { stories, findings } = await findingsByStory(among, docs, false)
    expect(stories).toHaveLength(2)
    expect(findings.length).toBeGreaterThan(0)
    expect(findings.filter(across)).toEqual([])
    for (const f of findings) expect(f.story).toMatch(/^s-(20|38)_/)
  })

  it('compares every pair with allPairs, as before', async () => {
    const all = (await findingsByStory(among, docs, true)).findings
    expect(all.some(across)).toBe(true)
    expect(all.filter(across).every((f) => f.story === undefined)).toBe(true)
  })
})
