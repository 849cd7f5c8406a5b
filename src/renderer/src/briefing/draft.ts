import type { BriefingSection, BriefingSpec } from '../../../shared/contract'
import { BRIEFING_SECTIONS } from '../../../shared/vocabulary'
import { newSpec } from './spec'

/** The composer's state: the spec, and the order and inclusion of every section. */
export type Draft = {
  spec: Omit<BriefingSpec, 'sections'>
  order: BriefingSection[]
  included: BriefingSection[]
}

const KEY = 'parallax.briefing-draft'

/**
 * The last draft, so a summary written and a layout arranged survive going back to the
 * library or a reload. Articles no longer in the library are dropped; the library selection,
 * when there is one, replaces the draft's articles. Anything unreadable starts afresh.
 */
export function loadDraft(live: string[], selection: string[]): Draft {
  const fresh: Draft = {
    spec: newSpec(selection.length ? selection : live),
    order: [...BRIEFING_SECTIONS],
    included: [...BRIEFING_SECTIONS]
  }
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Draft | null
    if (!saved?.spec || !Array.isArray(saved.order) || !Array.isArray(saved.included)) return fresh
    const articles = selection.length
      ? selection
      : saved.spec.articles.filter((id) => live.includes(id))
    // A section added since the draft was saved joins at the end, included, so an upgrade
    // keeps the analyst's arrangement and summary.
    const known = (s: BriefingSection): boolean => BRIEFING_SECTIONS.includes(s)
    const order = saved.order.filter(known)
    const added = BRIEFING_SECTIONS.filter((s) => !order.includes(s))
    return {
      spec: { ...fresh.spec, ...saved.spec, articles },
      order: [...order, ...added],
      included: [...saved.included.filter(known), ...added]
    }
  } catch {
    return fresh
  }
}

export function saveDraft(d: Draft): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(d))
  } catch {
    // Storage full or disabled: the draft lives on while the composer is open.
  }
}
