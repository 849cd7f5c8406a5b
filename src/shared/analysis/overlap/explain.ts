import type { DiffPart, FindingSubtype, PassageRef } from '../../model'
import { speakerOf } from '../../text/quotes'
import type { Span } from '../../text/sentences'
import type { Features } from './features'

/** What the explanation needs: the subtype, word counts, both passages and their documents. */
export type Explained = {
  subtype: FindingSubtype
  matched: number
  /** Words on the longer side. */
  longer: number
  a: PassageRef
  b: PassageRef
  fa: Features
  fb: Features
  diff: DiffPart[]
}

/**
 * One line an analyst can read: what is shared (a sentence, a run of sentences, a quotation
 * and who each article says said it) and, for edited text, how much matches and what changed.
 */
export function explain(e: Explained): string {
  const what = describeRun(e.fa.sentences, e.a, e.matched)
  const edits =
    e.matched === e.longer ? '' : `; ${e.matched} of ${e.longer} words match (${changes(e.diff)})`
  switch (e.subtype) {
    case 'repeated':
      return `Repeated within the article: ${what} appears twice${edits || ' word for word'}`
    case 'shared-quote':
      return `Same quotation in both (${e.matched} words); ${attribution(e)}${edits}`
    case 'identical':
      return `Identical ${what}${e.a.text === e.b.text ? '' : ' (ignoring case and punctuation)'}`
    default:
      return `Nearly identical ${what}${edits}`
  }
}

/** The first quotation that overlaps the passage. */
function quoteIn(f: Features, p: PassageRef): Span | undefined {
  return f.quotes.find((q) => q.end > p.start && q.start < p.end)
}

function attribution({ fa, a, fb, b }: Explained): string {
  const qa = quoteIn(fa, a)
  const qb = quoteIn(fb, b)
  const sa = qa && speakerOf(fa.doc.text, qa)
  const sb = qb && speakerOf(fb.doc.text, qb)
  if (sa && sb && sameSpeaker(sa, sb)) return `both attribute it to ${longest(sa, sb)}`
  return `A attributes it to ${sa ?? 'no one named'}, B to ${sb ?? 'no one named'}`
}

const lastName = (s: string): string => s.split(/\s+/).pop()?.toLowerCase() ?? ''
const sameSpeaker = (a: string, b: string): boolean => lastName(a) === lastName(b)
const longest = (a: string, b: string): string => (b.length > a.length ? b : a)

function describeRun(sentences: Span[], p: PassageRef, words: number): string {
  const n = sentences.filter((s) => s.end > p.start && s.start < p.end).length
  const whole = sentences.some((s) => s.start >= p.start && s.end <= p.end)
  if (n > 1) return `run of ${n} sentences (${words} words)`
  return whole ? `sentence (${words} words)` : `passage (${words} words)`
}

/** "can → could, across → around" from the word diff, at most three edits. */
function changes(diff: DiffPart[]): string {
  const out: string[] = []
  for (let k = 0; k < diff.length; k++) {
    const d = diff[k] as DiffPart
    const next = diff[k + 1]
    if (d.op === 'delete' && next?.op === 'insert') {
      // A change of case alone is not an edit worth naming ("The" at a sentence start).
      if (d.text.trim().toLowerCase() !== next.text.trim().toLowerCase())
        out.push(`${d.text.trim()} → ${next.text.trim()}`)
      k++
    } else if (d.op === 'delete') out.push(`−${d.text.trim()}`)
    else if (d.op === 'insert') out.push(`+${d.text.trim()}`)
  }
  const shown = out.filter((c) => /\w/.test(c))
  if (!shown.length) return 'punctuation only'
  return shown.length > 3 ? `${shown.slice(0, 3).join(', ')}, …` : shown.join(', ')
}
