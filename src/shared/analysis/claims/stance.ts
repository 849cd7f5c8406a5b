import { AUX, ENTITY, NOT_NAMES, STOP, canonical, entityAt, stem, type Word } from './lexicon'

/**
 * A sentence read as a claim with a polarity: "NATO has no evidence that North Korean soldiers
 * are involved in the fight" is negative about {north_korea, military, combat}.
 */
export type Stance = {
  negative: boolean
  /** Canonical terms of the proposition (entities, classes, stems), sorted. */
  terms: string[]
  /** Entities and names among the terms, for the candidate index. */
  names: string[]
  /** 32-bit bloom of the terms: a cheap subset test before the exact one. */
  mask: number
  /** The words that made it negative ("no evidence", "denied"), for the explanation. */
  cue: string
}

// Broader classes than the number rules use: being killed on the frontline is being in the fight.
// Broader classes than the number rules use, keyed by canonical term: being killed on the
// frontline is being in the fight.
export const STANCE_CLASS: Record<string, string> = {
  troop: 'MIL',
  officer: 'MIL',
  forc: 'MIL',
  fighter: 'MIL',
  servicemen: 'MIL',
  fight: 'COMBAT',
  involv: 'COMBAT',
  kill: 'COMBAT',
  frontlin: 'COMBAT',
  battlefield: 'COMBAT',
  send: 'COMBAT',
  combat: 'COMBAT',
  station: 'COMBAT',
  join: 'COMBAT'
}

/** The stance term of a canonical term. */
export const stanceTerm = (canon: string): string => STANCE_CLASS[canon] ?? canon

// Words that frame a claim (who says it, how sure) rather than state it.
const FRAME = new Set(
  (
    'evidence proof sign indication reason believe belief claim say report confirm corroborate ' +
    'denied deny suggest indicate true false untrue fact official source intelligence know ' +
    'known assessment think expect appear seem show clear there week today yesterday quoted ' +
    'saying'
  )
    .split(' ')
    .map(stem)
)

// Single-word negation cues; "n't" is found by its apostrophe.
const NEG = new Set([
  'not',
  'no',
  'never',
  'none',
  'nobody',
  'nothing',
  'neither',
  'nor',
  'without'
])
const DENY = /^(deni|deny|dismiss|reject|refut|disput)/
const HEDGE = new Set(['could', 'might', 'may', 'would', 'if', 'whether', 'unless', 'should'])
const SPEECH = /^(said|says|say|told|stated|claimed|added|noted|stressed|warned|insisted|argued)$/
const SUBORDINATE = /^(while|although|though|if|unless|whereas|despite|as)$/

/**
 * Reads the stance of one sentence's main clause. A leading "While ..., " clause and a trailing
 * ", despite ..." clause are skipped; cues are counted so that a double negation ("no reason to
 * believe the reports are not true") reads as positive. Hedged positives ("could join") and
 * propositions with fewer than two concrete terms, or no name, return undefined.
 */
export function stanceOf(words: Word[], text: string): Stance | undefined {
  const main = mainClause(words, text)
  let cues = 0
  let cue = ''
  let hedged = false
  let speechFrom = 0
  let thatFrom = 0
  for (let k = 0; k < main.length; k++) {
    const w = main[k] as Word
    const next = main[k + 1]?.lower
    if (NEG.has(w.lower) && !(next === 'only' || next === 'just')) {
      cues++
      cue ||= `${w.lower}${next && FRAME.has(stem(next)) ? ` ${next}` : ''}`
    } else if (/n't$/.test(w.lower)) {
      cues++
      cue ||= w.raw
    } else if (DENY.test(w.lower)) {
      cues++
      cue ||= w.lower
    } else if (HEDGE.has(w.lower)) hedged = true
    // "X said that ...", "no evidence that ...": the claim is what follows.
    if (speechFrom === 0 && SPEECH.test(w.lower)) speechFrom = k + (next === 'that' ? 2 : 1)
    if (thatFrom === 0 && w.lower === 'that' && cues > 0) thatFrom = k + 1
  }
  // "..., witnesses said": a speech verb at the end frames what came before it.
  const trailing = speechFrom > 0 && main.length - speechFrom < 3
  const propFrom = thatFrom || (trailing ? 0 : speechFrom)
  const propTo = trailing ? speakerStart(main, speechFrom - 1, text) : main.length
  const negative = cues % 2 === 1
  if (!negative && (hedged || cues > 0)) return undefined
  const { terms, names } = termsOf(main.slice(propFrom, propTo))
  if (terms.length < 2 || names.length === 0 || terms.length === names.length) return undefined
  let mask = 0
  for (const t of terms) mask |= 1 << (hash(t) & 31)
  return { negative, terms, names, mask, cue }
}

/** The clauses of a sentence: split at "; ", ", but", "and that", so each gets its own stance. */
export function clausesOf(words: Word[], text: string): Word[][] {
  const out: Word[][] = []
  let from = 0
  for (let k = 1; k < words.length; k++) {
    const w = words[k] as Word
    const gap = text.slice((words[k - 1] as Word).end, w.start)
    const cut =
      /;/.test(gap) ||
      (w.lower === 'but' && /,/.test(gap)) ||
      (w.lower === 'and' && words[k + 1]?.lower === 'that')
    if (cut) {
      out.push(words.slice(from, k))
      from = w.lower === 'but' || w.lower === 'and' ? k + 1 : k
    }
  }
  out.push(words.slice(from))
  return out.filter((c) => c.length > 2)
}

/** Where ", his office said" starts: the word after the last comma before the speech verb. */
function speakerStart(words: Word[], verb: number, text: string): number {
  for (let k = verb; k > 0; k--)
    if (text.slice((words[k - 1] as Word).end, (words[k] as Word).start).includes(',')) return k
  return words.length
}

function mainClause(words: Word[], text: string): Word[] {
  let from = 0
  let to = words.length
  if (words[0] && SUBORDINATE.test(words[0].lower)) {
    const comma = words.findIndex((w, k) => k > 0 && text[w.end] === ',')
    if (comma > 0) from = comma + 1
  }
  for (let k = from + 1; k < to; k++) {
    const w = words[k] as Word
    if (SUBORDINATE.test(w.lower) && /,\s*$/.test(text.slice((words[k - 1] as Word).end, w.start)))
      to = k
  }
  return words.slice(from, to)
}

/** The canonical proposition terms of some words: entities, stance classes, other stems. */
export function termsOf(words: Word[]): { terms: string[]; names: string[] } {
  const terms = new Set<string>()
  const names = new Set<string>()
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as Word
    const e = entityAt(words, k)
    if (e) {
      terms.add(e.entity)
      names.add(e.entity)
      k += e.used - 1
      continue
    }
    if (STOP.has(w.lower) || AUX.has(w.lower) || NEG.has(w.lower) || /^\d/.test(w.lower)) continue
    if (HEDGE.has(w.lower) || /n't$/.test(w.lower) || DENY.test(w.lower)) continue
    const s = stem(w.lower)
    if (FRAME.has(s) || s.length < 3) continue
    const t = stanceTerm(canonical(w.lower))
    terms.add(t)
    // A capital inside the sentence marks a name; at its start only if not a common word.
    if (w.cap && (k > 0 || !NOT_NAMES.has(w.lower)) && !ENTITY[w.lower]) names.add(t)
  }
  return { terms: [...terms].sort(), names: [...names].sort() }
}

/** True when every term of the negative claim is asserted by the positive one. */
export function contradicts(neg: Stance, pos: Stance): boolean {
  if (!neg.negative || pos.negative) return false
  if ((neg.mask & ~pos.mask) !== 0) return false
  const have = new Set(pos.terms)
  return neg.terms.every((t) => have.has(t))
}

function hash(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193)
  return h >>> 0
}
