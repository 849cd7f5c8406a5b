/**
 * The finding kinds, declared once. Types, argument schemas, the worker's engine parts, the
 * merge and suppression rules, the reader's order, labels, paint priority and colours, the
 * link a confirmed finding becomes and its side in a briefing are all read from here: a new
 * kind is a row below, the engine that finds it, and their tests.
 */

/** Engine parts, each runnable in its own thread; every kind is found by one of them. */
export const ENGINE_PARTS = ['overlap', 'paraphrase', 'contradiction'] as const
export type EnginePart = (typeof ENGINE_PARTS)[number]

/** A colour as light-dark() takes it: the light theme's value, then the dark theme's. */
type Pair = readonly [light: string, dark: string]

type KindSpec = {
  /** Heading of its group in the findings panel, and its legend toggle. */
  label: string
  /** Highlight priority in the reader: a higher number paints over a lower one. */
  paint: number
  /** The link a confirmed finding of this kind becomes. */
  relation: 'corroborates' | 'duplicates' | 'contradicts'
  /** Where a confirmed finding goes in a briefing. */
  side: 'agree' | 'disagree'
  part: EnginePart
  /**
   * How the merged findings are ordered: an overlap engine's findings keep that engine's
   * (positional) order; claims findings follow, strongest first.
   */
  engine: 'overlap' | 'claims'
  /** Whether its passages count as told by another article ("what's unique" shading). */
  shared: boolean
  /**
   * Share of each side of a paraphrase that a finding of this kind must cover for the
   * paraphrase to be dropped as already shown; null: it never drops one.
   */
  covers: number | null
  /** Whether a finding of this kind is dropped when another kind covers it. */
  suppressible: boolean
  /**
   * Whether two findings of this kind on one article pair, one covering the other, are the same
   * finding seen by two detectors (the word-run engine and the sentence aligner): the larger is
   * kept.
   */
  dedupeCovered: boolean
  /** Highlight fill, and the stronger ink of its swatches, gutter marks and group rules. */
  fill: Pair
  ink: Pair
}

/** Every kind, in the order the reader and the command line list them. */
export const FINDING_KINDS = ['contradiction', 'overlap', 'paraphrase', 'duplicate'] as const
export type FindingKind = (typeof FINDING_KINDS)[number]

export const KINDS = {
  contradiction: {
    label: 'Contradictions',
    paint: 0,
    relation: 'contradicts',
    side: 'disagree',
    part: 'contradiction',
    engine: 'claims',
    shared: false,
    // Passages that conflict are not "the same fact", however little of them it touches.
    covers: 0,
    suppressible: false,
    dedupeCovered: false,
    fill: ['#f4a3a3', '#7a2626'],
    ink: ['#b3261e', '#f4a3a3']
  },
  overlap: {
    label: 'Overlap',
    paint: 1,
    relation: 'duplicates',
    side: 'agree',
    part: 'overlap',
    engine: 'overlap',
    shared: true,
    covers: 0.5,
    suppressible: false,
    dedupeCovered: true,
    fill: ['#f5d76e', '#6b5a12'],
    ink: ['#8a6d00', '#f5d76e']
  },
  paraphrase: {
    label: 'Paraphrase',
    paint: 2,
    relation: 'corroborates',
    side: 'agree',
    part: 'paraphrase',
    engine: 'claims',
    shared: true,
    covers: null,
    suppressible: true,
    dedupeCovered: false,
    fill: ['#a8d8b9', '#1f5a37'],
    ink: ['#2d7a4a', '#a8d8b9']
  },
  duplicate: {
    label: 'Repeated passages',
    paint: 3,
    relation: 'duplicates',
    side: 'agree',
    part: 'overlap',
    engine: 'overlap',
    shared: false,
    covers: 0.5,
    suppressible: false,
    dedupeCovered: false,
    fill: ['#c9b8f0', '#463477'],
    ink: ['#5b3fb0', '#c9b8f0']
  }
} as const satisfies Record<FindingKind, KindSpec>

/** A kind's place in FINDING_KINDS; an unknown kind sorts last. */
export function kindOrder(kind: string): number {
  const i = (FINDING_KINDS as readonly string[]).indexOf(kind)
  return i < 0 ? FINDING_KINDS.length : i
}

/** The kind's row, or undefined for a name that is not a kind (an old or foreign file). */
export const kindSpec = (kind: string): KindSpec | undefined =>
  Object.hasOwn(KINDS, kind) ? KINDS[kind as FindingKind] : undefined
