/**
 * One sentence is the other with a clause added: every word of the shorter (but at most one)
 * recurs in order in the longer, and what the longer adds sits in at most two places. Wire
 * copies grow like this ("Bush suffered a left knee injury against Carolina on October 19[, and
 * missed the next four games]"); a reworded report of the same fact scatters its changes
 * ("Somali pirates [have become increasingly brazen …,] seizing [a number of vessels including]
 * a Saudi supertanker [worth]"). Tokens are compared as given (stems, lower case).
 */
export function clauseAdded(x: string[], y: string[]): boolean {
  const [s, l] = x.length <= y.length ? [x, y] : [y, x]
  if (!s.length) return false
  // LCS table, kept whole for the backtrace; sentences hold tens of words.
  const w = l.length + 1
  const t = new Uint16Array((s.length + 1) * w)
  for (let i = 1; i <= s.length; i++)
    for (let j = 1; j <= l.length; j++)
      t[i * w + j] =
        s[i - 1] === l[j - 1]
          ? (t[(i - 1) * w + j - 1] as number) + 1
          : Math.max(t[(i - 1) * w + j] as number, t[i * w + j - 1] as number)
  if (s.length - (t[s.length * w + l.length] as number) > MAX_DROPPED) return false
  // Walk back, counting the runs of the longer's words left out of the alignment.
  let gaps = 0
  let inGap = false
  let i = s.length
  let j = l.length
  while (j > 0) {
    if (i > 0 && s[i - 1] === l[j - 1]) {
      i--
      j--
      inGap = false
    } else if (i > 0 && (t[(i - 1) * w + j] as number) >= (t[i * w + j - 1] as number)) i--
    else {
      j--
      if (!inGap) gaps++
      inGap = true
    }
  }
  return gaps <= MAX_INSERTIONS
}

/** Words of the shorter sentence the longer may lack ("has captured" vs "captured"). */
const MAX_DROPPED = 1
/** Places where the longer may add words: an inserted clause and a tail. */
const MAX_INSERTIONS = 2
