import type { StoryEditInput } from '../../../shared/model'
import { api } from '../api'
import { failure, type Command } from '../undo/undo-stack'

/**
 * Makes a story edit under an id chosen here, and returns the history step that takes back
 * this very edit and makes it again (or the reason it failed). `after` runs after each call,
 * so the caller's view of the stories follows.
 */
export async function runStoryEdit(
  e: StoryEditInput,
  label: string,
  after: () => void
): Promise<{ error: string } | { command: Command }> {
  const id = crypto.randomUUID()
  const r = await api.editStory(e, id)
  after()
  if (!r.ok) return { error: r.error.message }
  const step = async (call: Promise<Parameters<typeof failure>[0]>): Promise<string | null> => {
    const out = failure(await call)
    after()
    return out
  }
  return {
    command: {
      label,
      undo: () => step(api.undoStoryEdit(id)),
      redo: () => step(api.editStory(e, id))
    }
  }
}
