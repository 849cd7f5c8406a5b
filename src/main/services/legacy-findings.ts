import { sideFromPassage } from '../../shared/anchoring'
import type {
  AnnotationLink,
  FindingDecision,
  FindingKind,
  LinkEnd,
  PassageRef
} from '../../shared/model'

/** A decision as library schema 2 and bundle version 1 stored it: a copy of the finding. */
export type LegacyDecision = Omit<FindingDecision, 'kind' | 'explanation' | 'a' | 'b'> & {
  finding: { kind: FindingKind; explanation: string; a: PassageRef; b: PassageRef }
}
type LegacyEnd =
  | Extract<LinkEnd, { type: 'annotation' }>
  | { type: 'finding'; findingId: string; passage: PassageRef }

/**
 * The current shape of an older decision: the finding's offsets become selectors on the text
 * (orphans where the text moved on since), kind and explanation are kept, the rest dropped.
 */
export function upgradeDecision(
  d: LegacyDecision | FindingDecision,
  text: (article: string) => string | undefined
): FindingDecision {
  if (!('finding' in d)) return d
  const { finding, ...rest } = d
  return {
    ...rest,
    kind: finding.kind,
    explanation: finding.explanation,
    a: sideFromPassage(finding.a, text(finding.a.article)),
    b: sideFromPassage(finding.b, text(finding.b.article))
  }
}

/** The current shape of an older link: finding ends keep selectors instead of offsets. */
export function upgradeLink(
  l: Omit<AnnotationLink, 'from' | 'to'> & { from: LegacyEnd | LinkEnd; to: LegacyEnd | LinkEnd },
  text: (article: string) => string | undefined
): AnnotationLink {
  const end = (e: LegacyEnd | LinkEnd): LinkEnd =>
    e.type === 'finding' && 'passage' in e
      ? {
          type: 'finding',
          findingId: e.findingId,
          ...sideFromPassage(e.passage, text(e.passage.article))
        }
      : (e as LinkEnd)
  return { ...l, from: end(l.from), to: end(l.to) }
}
