/**
 * A seeded, reproducible news corpus for the analysis benches: about 800 words per article,
 * Zipf-distributed vocabulary, stock phrases, outlet boilerplate (datelines, "Read also:",
 * sign-up lines, photo credits), wire paragraphs copied into several articles (half of the
 * copies lightly edited), quotations, and sentences with numbers, negations and roles for the
 * claims stages. Same options, same text, on every machine.
 */
import type { EngineDoc } from '../src/shared/analysis/engine'
import { seededRandom } from '../test-support/random'

export type CorpusOptions = { articles: number; words?: number; seed?: number }

/** The same seeded generator the tests use (mulberry32). */
export const rng = seededRandom

const SYLLABLES =
  'ka lo ri men dar vel to sin pra gu bel mor tan ex fi nor sa pol dri un ver'.split(' ')
const FUNCTION = 'the a of to in and that for on with as by at from its their this'.split(' ')
const STOCK = [
  'told reporters on Monday',
  'said in a statement',
  'according to officials',
  'at the same time',
  'in the coming weeks',
  'declined to comment',
  'on condition of anonymity'
]
const PEOPLE = ['Mark Rutte', 'Jens Stoltenberg', 'Antony Blinken', 'Pat Conroy', 'Chang Ho-jin']
const ROLES = ['defence minister', 'foreign minister', 'secretary general', 'prime minister']
const ORGS = ['NATO', 'the European Union', 'the Pentagon', 'the United Nations']
const NATIONS = ['North Korean', 'Russian', 'Ukrainian', 'Polish', 'French', 'Iranian', 'Chinese']
const UNITS = ['troops', 'soldiers', 'tanks', 'drones', 'artillery shells', 'engineers', 'medics']
const QUALIFIERS = ['up to', 'about', 'more than', 'at least', 'nearly', '']
const OUTLETS = Array.from(
  { length: 24 },
  (_, i) => `Outlet ${String.fromCharCode(65 + (i % 26))}${i}`
)
const CITIES = ['BRUSSELS', 'KYIV', 'SEOUL', 'WASHINGTON', 'LONDON', 'TOKYO']

// A library spans many stories: the facts are about many people and units, not five.
type Gen = { r: () => number; vocab: string[]; people: string[] }

const pick = <T>(g: Gen, xs: readonly T[]): T => xs[Math.floor(g.r() * xs.length)] as T
// Zipf-like rank: a few words are very common, most are rare.
const word = (g: Gen): string => g.vocab[Math.floor(g.vocab.length * g.r() ** 2)] as string

function vocabulary(r: () => number, size: number): string[] {
  const out = new Set<string>()
  while (out.size < size) {
    const n = 2 + Math.floor(r() * 3)
    out.add(Array.from({ length: n }, () => SYLLABLES[Math.floor(r() * SYLLABLES.length)]).join(''))
  }
  return [...out]
}

function plainSentence(g: Gen): string {
  const parts: string[] = []
  const n = 12 + Math.floor(g.r() * 12)
  for (let k = 0; k < n; k++) parts.push(g.r() < 0.42 ? pick(g, FUNCTION) : word(g))
  if (g.r() < 0.25) parts.splice(Math.floor(g.r() * parts.length), 0, pick(g, STOCK))
  return cap(parts.join(' ')) + '.'
}

/** Sentences with the facts the claims stages read: numbers, negations, roles. */
function claimSentence(g: Gen): string {
  const who = pick(g, g.people)
  const unit = (): string => `${pick(g, NATIONS)} ${pick(g, UNITS)}`
  const n = (1 + Math.floor(g.r() * 12)) * 1000
  const forms = [
    () =>
      `${cap(pick(g, QUALIFIERS) || 'some')} ${n.toLocaleString('en-US')} ${unit()} ${word(g)} were sent to ${word(g)} ${word(g)} near the ${word(g)} region, ${who} ${word(g)} said.`,
    () =>
      `${who}, the ${pick(g, ROLES)} of ${pick(g, ORGS)}, ${word(g)} ${word(g)} ${word(g)}, said there was no evidence that ${unit()} ${word(g)} were involved in ${word(g)} ${word(g)}.`,
    () =>
      `${cap(word(g))} officials confirmed that ${unit()} had ${g.r() < 0.5 ? 'not ' : ''}arrived in ${word(g)} by ${n / 1000} October.`
  ]
  return pick(g, forms)()
}

function quoteSentence(g: Gen): string {
  return `"${cap(plainSentence(g).slice(0, -1))}," ${pick(g, g.people)} said.`
}

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)

function paragraph(g: Gen): string {
  const n = 3 + Math.floor(g.r() * 3)
  const out: string[] = []
  for (let k = 0; k < n; k++) {
    const t = g.r()
    out.push(t < 0.08 ? claimSentence(g) : t < 0.2 ? quoteSentence(g) : plainSentence(g))
  }
  return out.join(' ')
}

/** Light edits: about one word in ten substituted or dropped, as copy editors do. */
function edit(g: Gen, text: string): string {
  return text
    .split(' ')
    .map((w) => (g.r() < 0.05 ? word(g) : g.r() < 0.03 ? '' : w))
    .filter(Boolean)
    .join(' ')
}

const countWords = (paras: string[]): number => paras.join(' ').split(/\s+/).length

/** The corpus: `articles` documents, ids "a0000"..., content hashes derived from the text. */
export function generateCorpus({ articles, words = 800, seed = 1 }: CorpusOptions): EngineDoc[] {
  const r = rng(seed)
  const vocab = vocabulary(r, 20000)
  const people = [
    ...PEOPLE,
    ...vocab.slice(-150).map((w, i) => `${cap(w)} ${cap(vocab[i * 7] as string)}`)
  ]
  const g: Gen = { r, vocab, people }
  const wire = Array.from({ length: Math.max(4, Math.floor(articles / 3)) }, () => paragraph(g))
  const docs: EngineDoc[] = []
  for (let i = 0; i < articles; i++) {
    const outlet = pick(g, OUTLETS)
    const paras = [`${pick(g, CITIES)} (${outlet}) — ${paragraph(g)}`]
    while (countWords(paras) < words - 60) {
      const t = g.r()
      if (t < 0.12) paras.push(g.r() < 0.5 ? pick(g, wire) : edit(g, pick(g, wire)))
      else if (t < 0.15) paras.push(`Read also: ${cap(plainSentence(g))}`)
      else paras.push(paragraph(g))
    }
    if (g.r() < 0.02) paras.push(paras[1] ?? paras[0] ?? '')
    paras.push(`Sign up for the ${outlet} newsletter to get the latest news every morning.`)
    paras.push(`Photo credit: ${outlet} / ${pick(g, CITIES)}`)
    const text = paras.join('\n\n')
    docs.push({
      id: `a${String(i).padStart(4, '0')}`,
      text,
      contentHash: `h${seed}-${i}-${text.length}`
    })
  }
  return docs
}
