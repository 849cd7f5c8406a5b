import type { StoryDoc } from './features'
import { storyName } from './name'
import { StoryIndex, type StoryParams } from './story-index'

/** A story as detection finds it: one real-world event and the articles that report it. */
export type DetectedStory = {
  /** `s-` and the smallest article id: stable while that article stays in the story. */
  id: string
  name: string
  /** Article ids, sorted. */
  articles: string[]
}

/** The id of the story made of these articles. */
export const storyIdOf = (articles: readonly string[]): string =>
  `s-${[...articles].sort()[0] ?? ''}`

// Names by group, per index, valid while the index is unchanged: the sidebar and every story
// opened list the stories again, and naming reads every feature of every article.
const names = new WeakMap<StoryIndex, { revision: number; byGroup: Map<string, string> }>()

/** Names each group of an index (its own groups unless given, e.g. after the analyst's edits). */
export function describeStories(index: StoryIndex, groups = index.groups()): DetectedStory[] {
  let cache = names.get(index)
  if (cache?.revision !== index.revision)
    names.set(index, (cache = { revision: index.revision, byGroup: new Map() }))
  const byGroup = cache.byGroup
  return groups.map((g) => {
    const articles = [...g].sort()
    const key = articles.join('\n')
    let name = byGroup.get(key)
    if (name === undefined) {
      const sigs = articles.flatMap((id) => index.signature(id) ?? [])
      byGroup.set(key, (name = storyName(sigs, (f) => index.idf(f))))
    }
    return { id: storyIdOf(articles), name, articles }
  })
}

/** Detects the stories of a set of articles from scratch, in the order given. */
export function detectStories(docs: Iterable<StoryDoc>, params?: StoryParams): DetectedStory[] {
  const index = new StoryIndex(params)
  for (const d of docs) index.add(d)
  return describeStories(index)
}
