import { describe, expect, it } from 'vitest'
import { aStory as story } from './test-story'
import { doneText, editLabel } from './edit-label'

describe('story edit labels', () => {
  const stories = [story('s1', 'Qeshm earthquake', ['a', 'b']), story('s2', 'Geysers quake', ['c'])]
  const titleOf = (id: string): string => ({ a: 'Quake hits Qeshm', c: 'Sonoma shaken' })[id] ?? id

  it('names what each edit does, by article title and story name', () => {
    expect(editLabel({ op: 'move', article: 'a', with: 'c' }, stories, titleOf)).toBe(
      'Move “Quake hits Qeshm” to “Geysers quake”'
    )
    expect(editLabel({ op: 'move', article: 'a' }, stories, titleOf)).toBe(
      'Move “Quake hits Qeshm” to a story of its own'
    )
    expect(editLabel({ op: 'merge', a: 'a', b: 'c' }, stories, titleOf)).toBe(
      'Merge “Qeshm earthquake” with “Geysers quake”'
    )
    expect(editLabel({ op: 'split', articles: ['b'] }, stories, titleOf)).toBe(
      'Split 1 article off “Qeshm earthquake”'
    )
    expect(editLabel({ op: 'rename', articles: ['a', 'b'], name: 'Iran' }, stories, titleOf)).toBe(
      'Rename “Qeshm earthquake” to “Iran”'
    )
  })

  it('says it in the past once done', () => {
    expect(doneText('Move “Quake hits Qeshm” to a story of its own')).toBe(
      'Moved “Quake hits Qeshm” to a story of its own.'
    )
    expect(doneText('Split 2 articles off “Qeshm earthquake”')).toBe(
      'Split 2 articles off “Qeshm earthquake”.'
    )
  })
})
