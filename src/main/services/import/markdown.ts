import { lexer, type Token, type Tokens } from 'marked'
import { blockParagraphs, parseDocument, stripNonText } from './html-text'

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0'
}

/** Decodes the character references markdown writers use; marked leaves them to its renderer. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? whole
    const code =
      ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10)
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
  })
}

/** Raw HTML inside markdown is read as text only, through the same never-execute path as pages. */
function htmlText(html: string): string[] {
  const doc = parseDocument(html)
  stripNonText(doc)
  return blockParagraphs(doc.body ?? doc)
}

function inline(tokens: Token[] | undefined, fallback = ''): string {
  if (!tokens) return decodeEntities(fallback)
  return tokens
    .map((t): string => {
      switch (t.type) {
        case 'image':
        case 'html':
          return '' // alt text and inline tags are not prose
        case 'br':
          return ' '
        case 'codespan':
        case 'escape':
          return decodeEntities(t.text as string)
        default:
          return inline((t as Tokens.Generic).tokens, (t as Tokens.Generic).text ?? '')
      }
    })
    .join('')
}

function blocks(tokens: Token[], out: string[]): void {
  for (const t of tokens) {
    switch (t.type) {
      case 'heading':
      case 'paragraph':
      case 'text':
        out.push(inline(t.tokens, t.text as string))
        break
      case 'code':
        out.push(t.text as string)
        break
      case 'blockquote':
        blocks(t.tokens ?? [], out)
        break
      case 'list':
        // Each item is its own paragraph: list items are usually separate points.
        for (const item of (t as Tokens.List).items) {
          const parts: string[] = []
          blocks(item.tokens, parts)
          out.push(parts.join(' '))
        }
        break
      case 'table': {
        const table = t as Tokens.Table
        for (const row of [table.header, ...table.rows])
          out.push(row.map((c) => inline(c.tokens, c.text)).join(' | '))
        break
      }
      case 'html':
        out.push(...htmlText(t.text as string))
        break
      default:
        break // space, hr, def: no text
    }
  }
}

/** Markdown to raw paragraphs of plain text: syntax stripped, block structure kept. */
export function markdownParagraphs(source: string): string[] {
  const out: string[] = []
  blocks(lexer(source.replace(/\r\n?/g, '\n')), out)
  return out
}
