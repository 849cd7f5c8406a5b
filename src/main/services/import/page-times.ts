import type { DomDocument } from './html-text'
import { pickStated, statedInText, type Stamp } from './publication-time'

// Meta names (name, property or itemprop, lower case) that state when a page was published
// or last changed, most specific first. Open Graph, Dublin Core, schema.org microdata and the
// tags newsroom systems (Parse.ly, Sailthru) write.
const PUBLISHED = [
  'article:published_time',
  'og:article:published_time',
  'og:published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'publication_date',
  'article.published',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date.created',
  'dcterms.created',
  'dc.date',
  'date'
]
const MODIFIED = [
  'article:modified_time',
  'og:updated_time',
  'datemodified',
  'dc.date.modified',
  'dcterms.modified',
  'last-modified',
  'lastmod'
]

/** Every meta tag's content by its name, property, itemprop or http-equiv, lower-cased. */
function metaByName(doc: DomDocument): Map<string, string> {
  const out = new Map<string, string>()
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const content = (el.getAttribute('content') ?? '').trim()
    if (!content) continue
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = (el.getAttribute(attr) ?? '').trim().toLowerCase()
      if (key && !out.has(key)) out.set(key, content)
    }
  }
  return out
}

type Dates = { published: string[]; modified: string[] }

// A page's JSON-LD is read within these bounds: a hostile page cannot make the walk costly.
const MAX_LD_CHARS = 200_000
const MAX_LD_NODES = 2_000
const ARTICLE_TYPE = /Article|Posting|Report|NewsArticle/i

/** datePublished and dateModified from the page's JSON-LD, article types first. */
function jsonLdDates(doc: DomDocument): Dates {
  const first: Dates = { published: [], modified: [] }
  const rest: Dates = { published: [], modified: [] }
  let nodes = 0
  const walk = (v: unknown, depth: number): void => {
    if (depth > 8 || ++nodes > MAX_LD_NODES || !v || typeof v !== 'object') return
    if (Array.isArray(v)) return v.forEach((x) => walk(x, depth + 1))
    const o = v as Record<string, unknown>
    const type = [o['@type']].flat().join(' ')
    const into = ARTICLE_TYPE.test(type) ? first : rest
    if (typeof o.datePublished === 'string') into.published.push(o.datePublished)
    if (typeof o.dateModified === 'string') into.modified.push(o.dateModified)
    for (const k of ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement'])
      if (k in o) walk(o[k], depth + 1)
  }
  for (const el of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const text = el.textContent ?? ''
    if (text.length > MAX_LD_CHARS) continue
    try {
      walk(JSON.parse(text), 0)
    } catch {
      // A malformed block is skipped: the page's other statements of its time still count.
    }
  }
  return {
    published: [...first.published, ...rest.published],
    modified: [...first.modified, ...rest.modified]
  }
}

// Page furniture that states times in words ("Published: 2 July 2013 4:45 PM | Updated: ...").
// Readability drops bylines from the article, so they are read here, before it runs.
const BYLINES =
  '[class*="byline"], [class*="dateline"], [class*="timestamp"], [class*="publish"], [class*="updated"]'

/** "Published"/"Updated" lines in the page's byline and timestamp elements. */
function bylineTimes(doc: DomDocument): { published?: Stamp; updated?: Stamp } {
  const texts = Array.from(doc.querySelectorAll(BYLINES))
    .slice(0, 12)
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((t) => t.length > 0 && t.length < 240)
  return statedInText(texts)
}

const asText = (s: Stamp | undefined): string => (s ? s.stamp || s.day : '')

/**
 * When a page says it was published and last modified: meta tags, then JSON-LD, then the
 * `<time>` elements, then labelled lines in its byline. Each is the raw string as stated ('' when the page says nothing); a
 * candidate giving a time of day wins over one of the same day that does not.
 */
export function pageTimes(doc: DomDocument): { published: string; modified: string } {
  const meta = metaByName(doc)
  const ld = jsonLdDates(doc)
  const times = Array.from(doc.querySelectorAll('time[datetime]'))
  const timeAttr = (el: (typeof times)[number]): string => el.getAttribute('datetime') ?? ''
  const pubTime = times.filter(
    (t) => t.getAttribute('pubdate') !== null || /published/i.test(t.getAttribute('itemprop') ?? '')
  )
  const modTime = times.filter((t) => /modified|updated/i.test(t.getAttribute('itemprop') ?? ''))
  const byline = bylineTimes(doc)
  return {
    published: pickStated([
      ...PUBLISHED.map((k) => meta.get(k) ?? ''),
      ...ld.published,
      ...pubTime.map(timeAttr),
      ...times.slice(0, 1).map(timeAttr),
      asText(byline.published)
    ]),
    modified: pickStated([
      ...MODIFIED.map((k) => meta.get(k) ?? ''),
      ...ld.modified,
      ...modTime.map(timeAttr),
      asText(byline.updated)
    ])
  }
}
