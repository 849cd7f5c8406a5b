import { parseHTML } from 'linkedom'

/** The slice of the DOM this module reads. tsconfig.node has no DOM lib, and linkedom is enough. */
export type DomNode = {
  nodeType: number
  nodeName: string
  textContent: string | null
  childNodes: ArrayLike<DomNode>
}
export type DomElement = DomNode & {
  getAttribute(name: string): string | null
  querySelector(selector: string): DomElement | null
  querySelectorAll(selector: string): ArrayLike<DomElement>
  remove(): void
}
export type DomDocument = DomElement & {
  documentElement: DomElement | null
  body: DomElement | null
  title: string
}

// Elements whose content is never article text, and may be hostile. Nothing here is executed
// (linkedom has no script engine); they are dropped so their source text is not mistaken for prose.
export const NEVER_TEXT = [
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'button',
  'select',
  'textarea',
  'input',
  'dialog'
]
const SKIP = new Set([...NEVER_TEXT, 'head', 'title', 'meta', 'link'].map((t) => t.toUpperCase()))
const BLOCK = new Set(
  (
    'P DIV H1 H2 H3 H4 H5 H6 LI UL OL DL DT DD BLOCKQUOTE PRE SECTION ARTICLE HEADER FOOTER ' +
    'ASIDE NAV MAIN FIGURE FIGCAPTION TABLE THEAD TBODY TR TD TH CAPTION HR ADDRESS DETAILS SUMMARY BODY'
  ).split(' ')
)

/**
 * Parses HTML into a document without running anything. A bare fragment is wrapped first:
 * linkedom otherwise makes its first element the document element and there is no body.
 */
export function parseDocument(html: string): DomDocument {
  const full = /<html[\s>]/i.test(html) || /<body[\s>]/i.test(html)
  const source = full ? html : `<!doctype html><html><head></head><body>${html}</body></html>`
  return parseHTML(source).document as unknown as DomDocument
}

/** Removes every element that can never be article text. */
export function stripNonText(root: DomElement): void {
  for (const el of Array.from(root.querySelectorAll(NEVER_TEXT.join(',')))) el.remove()
}

/**
 * The visible text under `root` as raw paragraphs: one per block element, inline markup
 * flattened, <br> kept as a line break inside the paragraph. Attributes are never read, so
 * handlers and javascript: URLs cannot leak into the text.
 */
export function blockParagraphs(root: DomNode, skip: ReadonlySet<string> = SKIP): string[] {
  const chunks: string[] = []
  const walk = (node: DomNode, pre: boolean): void => {
    if (node.nodeType === 3) {
      const t = node.textContent ?? ''
      chunks.push(pre ? t.replace(/\n/g, '\u2028') : t.replace(/\s+/g, ' '))
      return
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return
    const name = node.nodeName.toUpperCase()
    if (skip.has(name)) return
    if (name === 'BR') return void chunks.push('\u2028')
    const block = BLOCK.has(name)
    if (block) chunks.push('\n\n')
    const kids = node.childNodes
    for (let i = 0; i < kids.length; i++) walk(kids[i] as DomNode, pre || name === 'PRE')
    if (block) chunks.push('\n\n')
  }
  walk(root, false)
  // U+2028 stands in for line breaks inside a paragraph until the block split is done.
  return chunks
    .join('')
    .split(/\s*\n\n\s*/)
    .map((p) => p.replace(/\u2028/g, ' '))
}

/** Body text after dropping navigation too: the fallback when Readability finds no article. */
export function bodyParagraphs(doc: DomDocument): string[] {
  const root = doc.body ?? doc.documentElement
  if (!root) return []
  return blockParagraphs(root, new Set([...SKIP, 'NAV']))
}
