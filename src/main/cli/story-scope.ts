import { detectStories, type DetectedStory } from '../../shared/analysis/stories/detect'
import type { ArticleId, Finding } from '../../shared/model'

type Doc = { id: string; title: string; text: string; date: string }

/**
 * Groups the documents into stories and asks the engines for findings story by story, so
 * cross-article findings only join articles about one event (a passage repeated inside one
 * article is reported either way). With `allPairs`, every pair is compared as before, and
 * findings still carry the story when both sides share one.
 */
export async function findingsByStory(
  findingsAmong: (ids?: ArticleId[]) => Promise<Finding[]>,
  docs: Doc[],
  allPairs: boolean
): Promise<{ stories: DetectedStory[]; findings: Finding[] }> {
  const stories = detectStories(docs.map((d) => ({ ...d, date: d.date || undefined })))
  const storyOf = new Map(stories.flatMap((s) => s.articles.map((id) => [id, s.id] as const)))
  const tag = (f: Finding): Finding => {
    const story = storyOf.get(f.a.article)
    return story && story === storyOf.get(f.b.article) ? { ...f, story } : f
  }
  if (allPairs) return { stories, findings: (await findingsAmong()).map(tag) }
  const perStory = await Promise.all(stories.map((s) => findingsAmong(s.articles)))
  return { stories, findings: perStory.flat().map(tag) }
}
