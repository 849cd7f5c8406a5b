import { Readability } from '@mozilla/readability'
import {
  blockParagraphs,
  bodyParagraphs,
  parseDocument,
  stripNonText,
  type DomDocument,
  type DomNode
} from './html-text'
import { checkHtmlDepth } from './html-depth'
import { MAX_HTML_ELEMENTS } from './limits'
import { pageTimes } from './page-times'

/** Metadata a page states about itself; every field is '' when the page does not say. */
export type PageMeta = {
  title: string
  siteName: string
  /** When the page says it was published and last modified, as stated. */
  published: string
  modified: string
  author: string
  url: string
  language: string
}

export type HtmlExtract = { paragraphs: string[]; meta: PageMeta }

// A Readability result shorter than this is usually a teaser box, not the article.
const MIN_ARTICLE_CHARS = 140

/**
 * Extracts the main text of a saved web page with Readability (on linkedom, which never runs
 * scripts), falling back to the body text. Page metadata is read before Readability, which
 * rewrites the document as it goes. Throws LimitExceeded for pages nested too deep
 * (checkHtmlDepth) and Readability's own error past MAX_HTML_ELEMENTS elements.
 */
export function extractHtml(html: string): HtmlExtract {
  checkHtmlDepth(html)
  const doc = parseDocument(html)
  const meta = readPageMeta(doc)
  stripNonText(doc)
  const article = new Readability<DomNode>(doc as never, {
    serializer: (n) => n as never,
    maxElemsToParse: MAX_HTML_ELEMENTS
  }).parse()
  let paragraphs = article?.content ? blockParagraphs(article.content) : []
  if (paragraphs.join(' ').trim().length < MIN_ARTICLE_CHARS) {
    const fresh = parseDocument(html)
    stripNonText(fresh)
    const body = bodyParagraphs(fresh)
    if (body.join(' ').trim().length > paragraphs.join(' ').trim().length) paragraphs = body
  }
  return {
    paragraphs,
    meta: {
      ...meta,
      title: meta.title || clean(article?.title),
      siteName: meta.siteName || clean(article?.siteName),
      published: meta.published || clean(article?.publishedTime),
      author: meta.author || clean(article?.byline),
      language: meta.language || clean(article?.lang)
    }
  }
}

const clean = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim()

function attr(doc: DomDocument, selectors: string[], name: string): string {
  for (const sel of selectors) {
    const v = clean(doc.querySelector(sel)?.getAttribute(name))
    if (v) return v
  }
  return ''
}

/**
 * Reads Open Graph, article:* and plain meta tags, JSON-LD times, <title>, the canonical link
 * and lang.
 */
export function readPageMeta(doc: DomDocument): PageMeta {
  const content = (selectors: string[]): string => attr(doc, selectors, 'content')
  const author = content([
    'meta[name="author"]',
    'meta[property="article:author"]',
    'meta[name="byl"]'
  ])
  const url = attr(doc, ['link[rel="canonical"]'], 'href') || content(['meta[property="og:url"]'])
  return {
    title: content(['meta[property="og:title"]', 'meta[name="twitter:title"]']) || clean(doc.title),
    siteName: content(['meta[property="og:site_name"]', 'meta[name="application-name"]']),
    ...pageTimes(doc),
    // article:author is often a profile URL, which is not a name.
    author: /^https?:/i.test(author) ? '' : author.replace(/^by\s+/i, ''),
    url: /^https?:\/\//i.test(url) ? url : '',
    language:
      clean(doc.documentElement?.getAttribute('lang')) ||
      content(['meta[http-equiv="content-language"]', 'meta[property="og:locale"]'])
  }
}
