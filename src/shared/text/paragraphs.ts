import type { Paragraph } from '../model'

/**
 * Splits stored article text into paragraphs. Stored text separates paragraphs with a blank
 * line ("\n\n"), so offsets here are the same ones every other module uses.
 */
export function paragraphsOf(text: string): Paragraph[] {
  const out: Paragraph[] = []
  const re = /\n[ \t]*\n\s*/g
  let start = 0
  for (let m = re.exec(text); m; m = re.exec(text)) {
    pushTrimmed(text, start, m.index, out)
    start = m.index + m[0].length
  }
  pushTrimmed(text, start, text.length, out)
  return out
}

function pushTrimmed(text: string, start: number, end: number, out: Paragraph[]): void {
  while (start < end && /\s/.test(text[start] as string)) start++
  while (end > start && /\s/.test(text[end - 1] as string)) end--
  if (end > start) out.push({ start, end, text: text.slice(start, end) })
}

/** Counts words the way the library shows them: runs of letters or digits. */
export function countWords(text: string): number {
  const m = text.match(/[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu)
  return m ? m.length : 0
}
