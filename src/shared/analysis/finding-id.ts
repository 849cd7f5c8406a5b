import type { FindingKind } from '../model'

/** One side of a finding as its id sees it: the article's content hash and the offsets. */
export type IdSide = { contentHash: string; start: number; end: number }

/**
 * A stable finding id: the same articles (by content hash), kind and offsets give the same id on
 * every run and in every process, so decisions stored against an id survive re-analysis. The
 * sides are ordered, so (a, b) and (b, a) give one id. Two FNV-1a passes with different seeds
 * make 64 bits, ample for the findings of one library.
 */
export function findingId(kind: FindingKind, a: IdSide, b: IdSide): string {
  const [x, y] = order(a, b)
  const key = `${kind}|${x.contentHash}:${x.start}-${x.end}|${y.contentHash}:${y.start}-${y.end}`
  return `${kind.slice(0, 3)}-${hex(fnv(key, 0x811c9dc5))}${hex(fnv(key, 0x01234567))}`
}

function order(a: IdSide, b: IdSide): [IdSide, IdSide] {
  if (a.contentHash !== b.contentHash) return a.contentHash < b.contentHash ? [a, b] : [b, a]
  return a.start <= b.start ? [a, b] : [b, a]
}

function fnv(s: string, seed: number): number {
  let h = seed
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193)
  return h >>> 0
}

const hex = (n: number): string => n.toString(16).padStart(8, '0')
