/** Words already stemmed: a library repeats a few tens of thousands of words millions of times. */
const stems = new Map<string, string>()
/** Past this many words the memo starts afresh, so memory stays bounded on any input. */
const MEMO_SIZE = 1 << 16

/** A crude English stemmer (plural, -ing, -ed, final e, doubled consonant): enough to align. */
export function stem(word: string): string {
  let w = stems.get(word)
  if (w === undefined) {
    if (stems.size >= MEMO_SIZE) stems.clear()
    w = stemOnce(word)
    stems.set(word, w)
  }
  return w
}

function stemOnce(word: string): string {
  let w = word.replace(/'s?$/, '')
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`
  else if (w.length > 4 && w.endsWith('sses')) w = w.slice(0, -2)
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1)
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3)
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2)
  // "planned" → "plan", but "kill" keeps its double l.
  if (w.length > 3 && w !== word && /([bdfgmnprt])\1$/.test(w)) w = w.slice(0, -1)
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1)
  return w
}

/** A table with each key also present as its stem, so lookups by stem find plain words. */
export function stemKeys(table: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = { ...table }
  for (const [k, v] of Object.entries(table)) out[stem(k)] ??= v
  return out
}
