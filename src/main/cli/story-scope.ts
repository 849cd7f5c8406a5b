import { detectStories, type DetectedStory } from '../../shared/analysis/stories/detect'
import type { Finding } from '../../shared/model'
import type { EngineHost } from '../services/analysis/engine-host'

type Doc = { id: string; title: string; text: string; date: string }

/**
 * Groups the documents into stories and asks the engines for findings story by story, so
 * cross-article findings only join articles about one event (a passage repeated inside one
 * article is reported either way). With `allPairs`, every pair is compared as before, and
 * findings still carry the story when both sides share one.
 */
export function findingsByStory(
  host: EngineHost,
  docs: Doc[],
  allPairs: boolean
): { stories: DetectedStory[]; findings: Finding[] } {
  const stories = detectStories(docs.map((d) => ({ ...d, date: d.date || undefined })))
  const storyOf = new Map(stories.flatMap((s) => s.articles.map((id) => [id, s.id] as const)))
  const tag = (f: Finding): Finding => {
    const story = storyOf.get(f.a.article)
    return story && story === storyOf.get(f.b.article) ? { ...f, story } : f
  }
  if (allPairs) return { stories, findings: host.findings().map(tag) }
  return { stories, findings: stories.flatMap((s) => host.findings(s.articles).map(tag)) }
}
