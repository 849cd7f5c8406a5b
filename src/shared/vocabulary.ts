/**
 * The closed sets of values that are stored, sent and checked: declared once as arrays, from
 * which model.ts takes its types and the schemas their z.enum()s, so a value added here is
 * accepted everywhere at once and a schema can never lag behind its type.
 */

export const LINK_RELATIONS = ['corroborates', 'contradicts', 'duplicates', 'related'] as const
export const DECISION_STATUSES = ['open', 'confirmed', 'dismissed'] as const
export const ANCHOR_STATUSES = ['exact', 'fuzzy', 'orphan'] as const
/** Admiralty source reliability, A (reliable) to F (cannot be judged). */
export const RELIABILITIES = ['A', 'B', 'C', 'D', 'E', 'F'] as const
/** Admiralty information credibility, 1 (confirmed) to 6 (cannot be judged). */
export const CREDIBILITIES = [1, 2, 3, 4, 5, 6] as const
export const THEMES = ['system', 'light', 'dark'] as const
/** The orders the library list can be sorted in. */
export const LIBRARY_SORTS = ['date', 'title', 'source', 'imported'] as const
/** The parts of a briefing, in their default order. */
export const BRIEFING_SECTIONS = [
  'summary',
  'sources',
  'agree',
  'disagree',
  'annotations',
  'stories',
  'appendix'
] as const
/**
 * Which articles an analysis sets against each other: those of one story (the default:
 * findings between two events are almost always false), or every pair, at the analyst's request.
 */
export const ANALYSIS_SCOPES = ['stories', 'all-pairs'] as const
/** How a briefing groups its annotations. */
export const BRIEFING_GROUPINGS = ['tag', 'color'] as const
export const PAPER_SIZES = ['a4', 'letter'] as const
/** Every export format, in the order the composer and the command line offer them. */
export const EXPORT_FORMATS = ['md', 'html', 'pdf', 'docx', 'jsonld', 'csv', 'bundle'] as const

/** A palette colour as stored and sent: CSS hex, #rgb(a) or #rrggbb(aa); nothing else reaches CSS. */
export const HEX_COLOUR = /^#([0-9a-f]{3}|[0-9a-f]{4}|[0-9a-f]{6}|[0-9a-f]{8})$/i

/** The shapes of stored ids: every schema that reads one uses these. */
export const ID_PATTERNS = {
  article: /^[a-z0-9-]{1,64}$/,
  annotation: /^an-[a-f0-9]{16}$/,
  link: /^ln-[a-f0-9]{16}$/,
  color: /^[a-z0-9-]{1,32}$/,
  finding: /^[A-Za-z0-9:_-]{1,128}$/,
  /** "s-" and the id of the story's first article. */
  story: /^s-[a-z0-9-]{1,64}$/,
  /** A story edit's id: a UUID its caller chose, so it can take that edit back. */
  storyEdit: /^[a-f0-9-]{36}$/
} as const

/** A team member's user name: also the start of their peer id. */
export const TEAM_USER = /^[a-z0-9][a-z0-9_-]{0,31}$/
