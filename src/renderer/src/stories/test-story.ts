import type { Story } from '../../../shared/model'

/** A story as the library lists it, for renderer tests that need only its name and articles. */
export const aStory = (id: string, name: string, articles: string[]): Story => ({
  id,
  name,
  articles,
  renamed: false,
  from: '',
  to: ''
})
