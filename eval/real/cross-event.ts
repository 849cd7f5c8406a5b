import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createEngineHost } from '../../src/main/services/analysis/engines'
import { contentHash } from '../../src/main/services/import'
import { findingsByStory } from '../../src/main/cli/story-scope'
import type { Finding } from '../../src/shared/model'
import { wilson, type Rate } from './stats'

/** Contradictions of a mixed library, and the share that join articles of different events. */
export type CrossEvent = {
  articles: number
  events: number
  stories: number
  /** Scoped by stories, as `parallax analyze` runs by default. */
  scoped: Shares
  /** Every pair compared (`parallax analyze --all-pairs`). */
  allPairs: Shares
}

/**
 * Per finding: one whose articles (both sides, and every article of a grouped claim) span two
 * events. Per pair: the pairs of articles a finding sets against each other (in a group, those
 * giving different values), and how many of them are of two events.
 */
export type Shares = { findings: Rate; pairs: Rate }

/**
 * Every ECB+ original-half article (dev and test topics: no labels are read, only which topic
 * an article is from) imported as one library, analysed as `parallax analyze` does: grouped
 * into stories, then compared within each story, and again with every pair compared. A
 * contradiction between articles of two topics is false by definition (two earthquakes).
 * Only the contradiction part of the engine runs: contradictions are never dropped for
 * another kind's finding, so the set is the one the whole engine returns.
 */
export async function crossEventShare(): Promise<CrossEvent> {
  const corpus = JSON.parse(
    readFileSync(join(__dirname, '../corpora/ecb-original.json'), 'utf8')
  ) as { docs: { id: string; topic: number; title: string; text: string }[] }
  const docs = corpus.docs.map((d) => ({
    id: d.id,
    title: d.title,
    text: `${d.title}\n\n${d.text}`,
    date: ''
  }))
  const topic = new Map(corpus.docs.map((d) => [d.id, d.topic]))
  const host = createEngineHost(['contradiction'])
  host.sync(docs.map((d) => ({ id: d.id, text: d.text, contentHash: contentHash(d.text) })))
  const share = (findings: Finding[]): Shares => {
    const across = findings.filter((f) => f.kind === 'contradiction' && f.a.article !== f.b.article)
    const pairs = across.flatMap(opposed)
    const twoEvents = ([a, b]: [string, string]): boolean => topic.get(a) !== topic.get(b)
    return {
      findings: wilson(across.filter((f) => opposed(f).some(twoEvents)).length, across.length),
      pairs: wilson(pairs.filter(twoEvents).length, pairs.length)
    }
  }
  const among = (ids?: string[]): Promise<Finding[]> => Promise.resolve(host.findings(ids))
  const scoped = await findingsByStory(among, docs, false)
  return {
    articles: docs.length,
    events: new Set(topic.values()).size,
    stories: scoped.stories.length,
    scoped: share(scoped.findings),
    allPairs: share((await findingsByStory(among, docs, true)).findings)
  }
}

/** The article pairs a contradiction sets against each other, each once. */
function opposed(f: Finding): [string, string][] {
  const values = f.group?.values ?? []
  const out = new Map<string, [string, string]>()
  const add = (a: string, b: string): void =>
    void out.set(a < b ? `${a}|${b}` : `${b}|${a}`, [a, b])
  add(f.a.article, f.b.article)
  for (const x of values)
    for (const y of values)
      if (x.article < y.article && x.value !== y.value) add(x.article, y.article)
  return [...out.values()]
}
