import type { Signature } from './features'

const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ')

/** "2–3 Jul 2013", "30 Jun – 2 Jul 2013", "3 Jul 2013"; "" when no day is known. */
export function dayRange(days: number[]): string {
  const known = days.filter((d) => Number.isFinite(d))
  if (known.length === 0) return ''
  const [a, b] = [
    new Date(Math.min(...known) * 86_400_000),
    new Date(Math.max(...known) * 86_400_000)
  ]
  const dm = (d: Date): string => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`
  const y = (d: Date): number => d.getUTCFullYear()
  if (a.getTime() === b.getTime()) return `${dm(a)} ${y(a)}`
  if (y(a) !== y(b)) return `${dm(a)} ${y(a)} – ${dm(b)} ${y(b)}`
  if (a.getUTCMonth() === b.getUTCMonth()) return `${a.getUTCDate()}–${dm(b)} ${y(b)}`
  return `${dm(a)} – ${dm(b)} ${y(b)}`
}

type Scored = { key: string; score: number; docs: number }

/**
 * A story's name from its key name, its key term and its dates: "Hugh Jackman · host ·
 * 5–6 Dec 2008". Features are scored by summed tf·idf over the articles, kept when at least
 * half of them carry it, so one article's digression never names the story.
 */
export function storyName(sigs: Signature[], idf: (feature: string) => number): string {
  const totals = new Map<string, Scored>()
  for (const s of sigs)
    for (const [key, tf] of s.features) {
      const t = totals.get(key) ?? { key, score: 0, docs: 0 }
      t.score += (1 + Math.log(tf)) * idf(key)
      t.docs++
      totals.set(key, t)
    }
  const quorum = Math.max(1, Math.ceil(sigs.length / 2))
  const ranked = [...totals.values()]
    .filter((t) => t.docs >= quorum && !t.key.startsWith('@'))
    .sort((x, y) => y.score - x.score || (x.key < y.key ? -1 : 1))
  const isEntity = (key: string): boolean => sigs.some((s) => s.entities.has(key))
  const surface = (key: string): string => {
    for (const s of sigs) {
      const w = s.surface.get(key)?.replace(/['’]s$/, '')
      if (w) return isEntity(key) ? w : w.toLowerCase()
    }
    return key
  }
  const name = ranked.find((t) => t.key.startsWith('=')) ?? ranked.find((t) => isEntity(t.key))
  const nameWords = new Set(name ? surface(name.key).toLowerCase().split(' ') : [])
  const term = ranked.find(
    (t) =>
      !isEntity(t.key) && !t.key.startsWith('=') && !nameWords.has(surface(t.key).toLowerCase())
  )
  const parts = [name, term].filter((t): t is Scored => !!t).map((t) => surface(t.key))
  const days = dayRange(sigs.map((s) => s.day))
  const head = parts.join(' ') || 'Untitled story'
  return days ? `${head} · ${days}` : head
}
