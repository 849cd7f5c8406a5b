import { useCallback, useEffect, useMemo, useState } from 'react'
import type { Story, StoryEditInput } from '../../../shared/model'
import { api } from '../api'
import type { Command } from '../undo/undo-stack'
import { doneText } from './edit-label'
import { runStoryEdit } from './story-edit'

/**
 * The library's stories, reloaded whenever the library changes. Each edit goes into the app's
 * one history through `offer`, so Ctrl+Z takes back this very edit (by its id), even when
 * another window changed the stories since.
 */
export function useStories(
  revision: number,
  onError: (m: string | null) => void,
  offer: (c: Command, toast: string) => void
) {
  const [stories, setStories] = useState<Story[]>([])
  const [round, setRound] = useState(0)
  useEffect(() => {
    let live = true
    void api.listStories().then((r) => live && r.ok && setStories(r.value))
    return () => {
      live = false
    }
  }, [revision, round])
  const reload = useCallback(() => setRound((n) => n + 1), [])
  const edit = useCallback(
    async (e: StoryEditInput, label: string) => {
      const done = await runStoryEdit(e, label, reload)
      onError('error' in done ? done.error : null)
      if ('command' in done) offer(done.command, doneText(label))
    },
    [onError, reload, offer]
  )
  const storyOf = useMemo(
    () => new Map(stories.flatMap((s) => s.articles.map((id) => [id, s.name] as const))),
    [stories]
  )
  return { stories, storyOf, edit, reload }
}
