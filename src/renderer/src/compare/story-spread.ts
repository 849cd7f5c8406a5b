import type { Story } from '../../../shared/model'

/** A story the open articles belong to, with those of them in it (in pane order). */
export type StoryShare = { id: string; name: string; articles: string[] }

/** Groups `ids` by story; an article no story lists (not yet grouped) stands alone. */
export function spread(ids: string[], stories: Story[]): StoryShare[] {
  const out: StoryShare[] = []
  for (const id of ids) {
    const s = stories.find((x) => x.articles.includes(id))
    const at = out.find((x) => x.id === (s?.id ?? id))
    if (at) at.articles.push(id)
    else out.push({ id: s?.id ?? id, name: s?.name ?? '', articles: [id] })
  }
  return out
}
