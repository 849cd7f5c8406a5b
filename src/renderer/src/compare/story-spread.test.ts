import { describe, expect, it } from 'vitest'
import { aStory as story } from '../stories/test-story'
import { spread } from './story-spread'

describe('the stories of the open articles', () => {
  const stories = [story('s-a', 'Qeshm quake', ['a', 'b']), story('s-c', 'Geysers quake', ['c'])]

  it('groups the panes by story, in the order of their first pane', () => {
    expect(spread(['c', 'a', 'b'], stories)).toEqual([
      { id: 's-c', name: 'Geysers quake', articles: ['c'] },
      { id: 's-a', name: 'Qeshm quake', articles: ['a', 'b'] }
    ])
  })

  it('is one story when every pane is in it, and an ungrouped article stands alone', () => {
    expect(spread(['a', 'b'], stories)).toHaveLength(1)
    expect(spread(['a', 'x'], stories)[1]).toEqual({ id: 'x', name: '', articles: ['x'] })
  })
})
