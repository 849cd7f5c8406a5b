import { entityAt, type Word } from './lexicon'

/** A person given an office in one sentence: "NATO Secretary General Jens Stoltenberg". */
export type RoleMention = {
  /** Lower-case surname: people are matched by it ("Stoltenberg", "Jens Stoltenberg"). */
  person: string
  /** The name as written. */
  name: string
  /** The organisation or country the office belongs to ('nato', 'ukraine'), '' when not said. */
  org: string
  /** The office, normalised: 'secretary general', 'defence minister'. */
  title: string
  start: number
  end: number
}

// Words an office title is made of. The last one of a run must be a head (minister, president...).
const TITLE_WORDS = new Set(
  (
    'secretary general secretary-general foreign defence defense prime minister president vice ' +
    'chancellor national security advisor adviser commander supreme allied chief deputy first ' +
    'interior finance economy justice health state industry ambassador spokesperson spokesman ' +
    'spokeswoman director governor mayor head premier envoy of army navy staff manager ' +
    'commodore admiral captain colonel lieutenant major sergeant'
  ).split(' ')
)
const TITLE_HEADS =
  /^(general|secretary|minister|president|chancellor|advisor|adviser|commander|chief|ambassador|spokesperson|spokesman|spokeswoman|director|governor|mayor|premier|envoy|manager|commodore|admiral|captain|colonel|lieutenant|major|sergeant)$/
/** Military ranks: a rank conflicts only with another rank, not with a post ("spokesman"). */
const RANK = /^(commodore|commander|admiral|captain|colonel|lieutenant|major|sergeant|general)$/
const TITLE_ALIAS: Record<string, string> = {
  'secretary-general': 'secretary general',
  defense: 'defence',
  adviser: 'advisor',
  'nato chief': 'secretary general',
  chief: 'secretary general' // "NATO chief" is how copy names the Secretary General
}
/** Words that put a post in the past. */
const PAST_POST = /^(former|ex|then|onetime|one-time|late|retired|erstwhile)$/
const NAME_WORD = /^[A-Z][a-z]+(?:-[a-z]+)?$/

const normTitle = (words: string[]): string => {
  const t = words
    .map((w) => w.toLowerCase())
    .map((w) => TITLE_ALIAS[w] ?? w)
    .join(' ')
  return TITLE_ALIAS[t] ?? t
}

/**
 * Role mentions in a sentence: a title before a name ("Ukrainian Foreign Minister Andriy
 * Yermak") and an appositive after one ("Rustem Umerov, Ukraine's defence minister,").
 */
export function rolesIn(words: Word[], text: string): RoleMention[] {
  const out: RoleMention[] = []
  for (let i = 0; i < words.length; i++) {
    const before = titleBeforeName(words, i, text)
    if (before) {
      out.push(before.mention)
      i = before.next - 1
      continue
    }
    const appos = appositive(words, i, text)
    if (appos) out.push(appos)
  }
  return out
}

function titleBeforeName(
  words: Word[],
  i: number,
  text: string
): { mention: RoleMention; next: number } | undefined {
  const first = words[i] as Word
  // "former President Bush" held the office once: a past post contradicts no present one.
  if (PAST_POST.test(words[i - 1]?.lower ?? '')) return undefined
  // "NATO chief Jens Stoltenberg": a lower-case title counts after an organisation's name.
  const org = orgBefore(words, i)
  const titleCase = (w: Word): boolean => (w.cap || org !== '') && TITLE_WORDS.has(w.lower)
  if (!titleCase(first)) return undefined
  let k = i
  while (k < words.length && titleCase(words[k] as Word)) k++
  // "Secretary of State": a lower-case "of" inside a capitalised title.
  if (words[k]?.lower === 'of' && words[k + 1]?.cap && TITLE_WORDS.has(words[k + 1]?.lower ?? ''))
    k += 2
  const titleWords = words.slice(i, k).map((w) => w.raw)
  if (!TITLE_HEADS.test((titleWords[titleWords.length - 1] ?? '').toLowerCase())) return undefined
  const name = nameAt(words, k, text)
  if (!name) return undefined
  return {
    mention: {
      person: name.surname,
      name: name.text,
      org,
      title: normTitle(titleWords),
      start: first.start,
      end: name.end
    },
    next: name.next
  }
}

/** Two or three capitalised words: "Jens Stoltenberg", "Chang Ho-jin". */
function nameAt(
  words: Word[],
  k: number,
  text: string
): { text: string; surname: string; end: number; next: number } | undefined {
  let j = k
  while (
    j < words.length &&
    j - k < 3 &&
    NAME_WORD.test((words[j] as Word).raw) &&
    !entityAt(words, j)
  ) {
    if (j > k && text.slice((words[j - 1] as Word).end, (words[j] as Word).start).trim()) break
    j++
  }
  if (j - k < 2 && !(j - k === 1 && k > 0)) return undefined
  if (j === k) return undefined
  const parts = words.slice(k, j)
  const last = parts[parts.length - 1] as Word
  return { text: parts.map((w) => w.raw).join(' '), surname: last.lower, end: last.end, next: j }
}

/** The country or organisation right before a title: "NATO", "Ukrainian", "Australia's". */
function orgBefore(words: Word[], i: number): string {
  for (const back of [2, 1]) {
    const e = entityAt(words, i - back)
    if (e && e.used === back) return e.entity
  }
  return ''
}

function appositive(words: Word[], i: number, text: string): RoleMention | undefined {
  const name = nameAt(words, i, text)
  if (!name || name.next - i < 2) return undefined
  const after = words[name.next]
  if (!after || text.slice(name.end, after.start).trim() !== ',') return undefined
  let k = name.next
  let org = ''
  if (/^(the|a|an)$/.test(words[k]?.lower ?? '')) k++
  if (PAST_POST.test(words[k]?.lower ?? '')) return undefined
  const e = entityAt(words, k)
  if (e && /'s$/.test((words[k + e.used - 1] as Word).raw)) {
    org = e.entity
    k += e.used
  }
  const from = k
  // "Dave Marcus, security research and communications director at McAfee": a few lower-case
  // words of the post's field may come before its head.
  let head = -1
  for (let j = k; j < Math.min(words.length, k + 6); j++) {
    const w = words[j] as Word
    if (w.cap || (j > k && /[,;:()]/.test(text.slice((words[j - 1] as Word).end, w.start)))) break
    if (TITLE_HEADS.test(w.lower)) head = j
    else if (head >= 0) break
  }
  if (head >= 0) k = head + 1
  else while (k < words.length && TITLE_WORDS.has((words[k] as Word).lower)) k++
  const titleWords = words.slice(from, k).map((w) => w.raw)
  if (
    !titleWords.length ||
    !TITLE_HEADS.test((titleWords[titleWords.length - 1] ?? '').toLowerCase())
  )
    return undefined
  return {
    person: name.surname,
    name: name.text,
    org,
    title: normTitle(titleWords),
    start: (words[i] as Word).start,
    end: (words[k - 1] as Word).end
  }
}

/** Titles are compatible when equal or one contains the other ("minister", "defence minister"). */
export function sameTitle(a: string, b: string): boolean {
  if (RANK.test(a) !== RANK.test(b)) return true
  return a === b || ` ${a} `.includes(` ${b} `) || ` ${b} `.includes(` ${a} `)
}
