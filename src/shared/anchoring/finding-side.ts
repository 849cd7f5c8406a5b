import type { FindingSide, PassageRef } from '../model'
import { describe } from './describe'

/**
 * A finding's passage as selectors on its article's current text. Throws (as describe does)
 * when the passage lies outside the text; callers check the passage against the text first.
 */
export function sideOf(p: PassageRef, text: string): FindingSide {
  const { quote, position } = describe(text, p.start, p.end)
  return {
    article: p.article,
    selector: [quote, position],
    anchor: { status: 'exact', confidence: 1 }
  }
}

/** Where a side sits now, as offsets and text; an orphan's offsets are its last known ones. */
export const spanOf = (s: FindingSide): PassageRef => ({
  article: s.article,
  start: s.selector[1].start,
  end: s.selector[1].end,
  text: s.selector[0].exact
})

/** Whether a side that claims to be placed really quotes `text` at its position. */
export const sideFits = (s: FindingSide, text: string): boolean =>
  s.anchor.status === 'orphan' ||
  text.slice(s.selector[1].start, s.selector[1].end) === s.selector[0].exact

/**
 * A side from bare offsets, as older versions stored them: placed when they still quote the
 * text, else an orphan that keeps the quote, so nothing is dropped and a re-import can place it.
 */
export function sideFromPassage(p: PassageRef, text: string | undefined): FindingSide {
  if (text !== undefined && p.start < p.end && text.slice(p.start, p.end) === p.text)
    return sideOf(p, text)
  return orphaned({
    article: p.article,
    selector: [
      { type: 'TextQuoteSelector', exact: p.text, prefix: '', suffix: '' },
      { type: 'TextPositionSelector', start: p.start, end: p.end }
    ],
    anchor: { status: 'exact', confidence: 1 }
  })
}

/** The side as it stands on `text`: one that no longer quotes it there becomes an orphan. */
export const settled = (s: FindingSide, text: string): FindingSide =>
  sideFits(s, text) ? s : orphaned(s)

const orphaned = (s: FindingSide): FindingSide => ({
  ...s,
  anchor: { status: 'orphan', confidence: 0 }
})
