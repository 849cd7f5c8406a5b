import { useCallback, useEffect, useMemo, useState } from 'react'
import type { Story, StoryEditInput } from '../../../shared/model'
import { api } from '../api'

/** The library's stories, reloaded whenever the library changes, with edit and undo. */
export function useStories(revision: number, onError: (m: string | null) => void) {
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
    async (e: StoryEditInput) => {
      const r = await api.editStory(e)
      onError(r.ok ? null : r.error.message)
      reload()
    },
    [onError, reload]
  )
  const undo = useCallback(async () => {
    const r = await api.undoStoryEdit()
    onError(r.ok ? null : r.error.message)
    reload()
  }, [onError, reload])
  const storyOf = useMemo(
    () => new Map(stories.flatMap((s) => s.articles.map((id) => [id, s.name] as const))),
    [stories]
  )
  return { stories, storyOf, edit, undo, reload }
}
