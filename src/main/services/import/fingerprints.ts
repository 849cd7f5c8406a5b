import { createHash } from 'node:crypto'

/** SHA-256 of the stored text, hex: equal hashes mean an exact duplicate. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}

// Paragraphs this short ("Loading", "Read also") recur across unrelated articles.
const MIN_WORDS = 4

/**
 * One fingerprint per paragraph of stored text, insensitive to case, punctuation, quote style
 * and spacing, so a republished copy with retyped quotes still matches. Very short
 * paragraphs are skipped. Fingerprints are the first 16 hex digits of a SHA-1: compact, and
 * collisions are irrelevant at library scale.
 */
export function paragraphFingerprints(text: string): string[] {
  const out: string[] = []
  for (const para of text.split(/\n\s*\n/)) {
    const words = para
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu)
    if (!words || words.length < MIN_WORDS) continue
    out.push(createHash('sha1').update(words.join(' ')).digest('hex').slice(0, 16))
  }
  return out
}

/** What the library keeps of a text besides the text: its hash and paragraph fingerprints. */
export type TextDigest = { contentHash: string; fingerprints: string[] }

/**
 * The digest of stored text. For a long text this is seconds of work, so the import worker
 * computes it beside the extraction and the library only falls back to it here.
 */
export const digestOf = (text: string): TextDigest => ({
  contentHash: contentHash(text),
  fingerprints: paragraphFingerprints(text)
})

/**
 * The share (0..1) of `a`'s paragraphs that also occur in `b`. Asymmetric on purpose: an
 * article wholly quoted inside a longer one scores 1 from the short side. 0 when `a` is empty.
 */
export function nearDuplicateScore(a: readonly string[], b: readonly string[]): number {
  if (!a.length) return 0
  const inB = new Set(b)
  return a.filter((f) => inB.has(f)).length / a.length
}
