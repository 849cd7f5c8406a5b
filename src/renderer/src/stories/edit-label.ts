import type { Story, StoryEditInput } from '../../../shared/model'
import { counted } from '../../../shared/text/count'

/**
 * What a story edit does, in the analyst's words, for the undo history and its toast:
 * "Move “Quake hits Qeshm” to “The Geysers earthquake”".
 */
export function editLabel(
  e: StoryEditInput,
  stories: Pick<Story, 'name' | 'articles'>[],
  titleOf: (id: string) => string
): string {
  const storyOf = (id: string): string =>
    `“${stories.find((s) => s.articles.includes(id))?.name ?? titleOf(id)}”`
  switch (e.op) {
    case 'move':
      return `Move “${titleOf(e.article)}” to ${e.with ? storyOf(e.with) : 'a story of its own'}`
    case 'merge':
      return `Merge ${storyOf(e.a)} with ${storyOf(e.b)}`
    case 'split':
      return `Split ${counted(e.articles.length, 'article')} off ${storyOf(e.articles[0] ?? '')}`
    case 'rename':
      return `Rename ${storyOf(e.articles[0] ?? '')} to “${e.name}”`
  }
}

const DONE: Record<string, string> = {
  Move: 'Moved',
  Merge: 'Merged',
  Split: 'Split',
  Rename: 'Renamed'
}

/** The toast after an edit: "Moved “Quake hits Qeshm” to a story of its own." */
export const doneText = (label: string): string =>
  `${label.replace(/^\w+/, (verb) => DONE[verb] ?? verb)}.`
