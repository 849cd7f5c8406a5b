/**
 * Feature keys as small integers, shared by every article in the process: a word's key is
 * looked up once per distinct word (word-table.ts), so reading an article adds up weights in
 * typed arrays rather than in a Map per article. The ids are an interning detail, never an
 * order: a StoryIndex numbers the features it keeps itself, in the order it meets them.
 */
const ids = new Map<string, number>()
const keys: string[] = []

/** The id of a feature key, given on first sight. */
export function featureId(key: string): number {
  let id = ids.get(key)
  if (id === undefined) {
    id = keys.length
    ids.set(key, id)
    keys.push(key)
  }
  return id
}

/** The id of a key already seen, or -1. */
export const knownFeatureId = (key: string): number => ids.get(key) ?? -1

/** The key of an id. */
export const featureKey = (id: number): string => keys[id] as string

/** How many keys have ids: every id is below this. */
export const featureCount = (): number => keys.length
