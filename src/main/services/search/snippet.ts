import type { Ranges } from '../../../shared/model'

/** What a query asks for: exact phrases ("quoted") and loose terms (prefix and fuzzy). */
export type ParsedQuery = { phrases: string[]; terms: string[] }

const WORD = /[\p{L}\p{N}]+/gu

/** Lower-cases and collapses whitespace, so phrases match across line breaks and case. */
export const fold = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ')

export function parseQuery(q: string): ParsedQuery {
  const phrases: string[] = []
  const rest = q.replace(/"([^"]*)"?/g, (_m, p: string) => {
    if (p.trim()) phrases.push(fold(p.trim()))
    return ' '
  })
  return { phrases, terms: rest.match(WORD)?.map((t) => t.toLowerCase()) ?? [] }
}

/**
 * One pattern for everything a result should mark: whole words from `terms` and every phrase
 * (whitespace-tolerant). Built once per result so each text is scanned only as far as needed.
 */
export function markPattern(terms: Iterable<string>, phrases: string[]): RegExp | null {
  const parts = [
    ...phrases.map((p) => p.split(' ').map(escapeRegExp).join('\\s+')),
    ...[...terms].sort((a, b) => b.length - a.length).map(escapeRegExp)
  ]
  if (!parts.length) return null
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${parts.join('|')})(?![\\p{L}\\p{N}])`, 'giu')
}

/** Every match of `pattern` in `text` as ranges. */
export function matchRanges(text: string, pattern: RegExp | null): Ranges {
  if (!pattern) return []
  pattern.lastIndex = 0
  return [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length])
}

/**
 * A window of about `width` characters around the first match of `anchor` (a phrase, when
 * there is one) or of `pattern`, cut at word boundaries, with the matches inside it marked.
 * Only the window is scanned after the first hit, so long articles cost little.
 */
export function snippet(
  text: string,
  pattern: RegExp | null,
  anchor: RegExp | null = pattern,
  width = 180
): { text: string; ranges: Ranges } {
  if (!pattern || !anchor) return { text: '', ranges: [] }
  anchor.lastIndex = 0
  const hit = anchor.exec(text)
  if (!hit) return { text: '', ranges: [] }
  let start = Math.max(0, hit.index - Math.floor(width / 3))
  let end = Math.min(text.length, start + width)
  if (start > 0) start = text.indexOf(' ', start) + 1 || start
  const lastSpace = text.lastIndexOf(' ', end)
  if (end < text.length && lastSpace > hit.index + hit[0].length) end = lastSpace
  const prefix = start > 0 ? '…' : ''
  const body = text.slice(start, end).replace(/\s/g, ' ')
  const ranges = matchRanges(body, pattern).map(([s, e]): [number, number] => [
    s + prefix.length,
    e + prefix.length
  ])
  return { text: `${prefix}${body}${end < text.length ? '…' : ''}`, ranges }
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
