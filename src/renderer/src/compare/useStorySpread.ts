import { useEffect, useState } from 'react'
import type { Story } from '../../../shared/model'
import { api } from '../api'
import { spread, type StoryShare } from './story-spread'

/**
 * The stories the open articles belong to, in the order of their first pane. More than one
 * means the analysis left some pairs out, since it compares articles within a story only.
 * `round` reloads them after a story edit.
 */
export function useStorySpread(ids: string[], round: number): StoryShare[] {
  const [stories, setStories] = useState<Story[]>([])
  const key = ids.join(',')
  useEffect(() => {
    let live = true
    void api.listStories().then((r) => live && r.ok && setStories(r.value))
    return () => void (live = false)
  }, [key, round])
  return spread(key.split(','), stories)
}
