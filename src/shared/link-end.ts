import type { LinkEnd, LinkEndRef } from './model'

/** How to name a stored link end when making the link again (undo of a removal). */
export const endRef = (e: LinkEnd): LinkEndRef =>
  e.type === 'annotation'
    ? { type: 'annotation', id: e.id, article: e.article }
    : { type: 'finding', findingId: e.findingId, article: e.article }
