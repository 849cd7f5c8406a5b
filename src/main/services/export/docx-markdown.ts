import { Paragraph, TextRun, type IRunOptions } from 'docx'
import { Lexer, type Token, type Tokens } from 'marked'

type Style = Pick<IRunOptions, 'bold' | 'italics' | 'strike' | 'font'>

/** Text as runs, keeping line breaks (a DOCX run does not honour "\n"). */
export function runs(text: string, style: Style = {}): TextRun[] {
  return text
    .split(/\r?\n/)
    .map((line, i) => new TextRun({ ...style, text: line, ...(i ? { break: 1 } : {}) }))
}

function inline(tokens: Token[] | undefined, style: Style = {}): TextRun[] {
  const out: TextRun[] = []
  for (const t of tokens ?? []) {
    if (t.type === 'strong')
      out.push(...inline((t as Tokens.Strong).tokens, { ...style, bold: true }))
    else if (t.type === 'em')
      out.push(...inline((t as Tokens.Em).tokens, { ...style, italics: true }))
    else if (t.type === 'del')
      out.push(...inline((t as Tokens.Del).tokens, { ...style, strike: true }))
    else if (t.type === 'codespan')
      out.push(...runs((t as Tokens.Codespan).text, { ...style, font: 'Courier New' }))
    else if (t.type === 'link') out.push(...inline((t as Tokens.Link).tokens, style))
    else if (t.type === 'br') out.push(new TextRun({ break: 1 }))
    else if (t.type === 'text' && 'tokens' in t && t.tokens) out.push(...inline(t.tokens, style))
    // Raw HTML is text here too: shown as typed, never interpreted.
    else out.push(...runs('text' in t ? String(t.text) : t.raw, style))
  }
  return out
}

/**
 * The analyst's Markdown (notes, the summary) as Word paragraphs: headings, paragraphs, lists,
 * quotes and code, with bold, italics and strike-through kept.
 */
export function markdownParagraphs(md: string, indent = 0): Paragraph[] {
  const out: Paragraph[] = []
  const walk = (tokens: Token[], left: number): void => {
    for (const t of tokens) {
      const at = { indent: { left } }
      if (t.type === 'space' || t.type === 'hr') continue
      if (t.type === 'heading' || t.type === 'paragraph')
        out.push(
          new Paragraph({
            ...at,
            children: inline(
              (t as Tokens.Paragraph).tokens,
              t.type === 'heading' ? { bold: true } : {}
            )
          })
        )
      else if (t.type === 'list')
        for (const item of (t as Tokens.List).items)
          out.push(
            new Paragraph({
              ...at,
              bullet: { level: 0 },
              children: inline(
                item.tokens.flatMap((x) => ('tokens' in x && x.tokens ? x.tokens : [x]))
              )
            })
          )
      else if (t.type === 'blockquote') walk((t as Tokens.Blockquote).tokens, left + 360)
      else if (t.type === 'code')
        out.push(
          new Paragraph({ ...at, children: runs((t as Tokens.Code).text, { font: 'Courier New' }) })
        )
      else out.push(new Paragraph({ ...at, children: runs(t.raw.trim()) }))
    }
  }
  walk(new Lexer({ gfm: true, breaks: true }).lex(md), indent)
  return out
}
