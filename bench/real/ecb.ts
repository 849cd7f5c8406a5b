import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/** An article as the engines read it: the title, a blank line, then the body. */
export type Doc = { id: string; text: string }

/** The ECB+ original half (480 real articles, 43 events), as `parallax analyze` reads them. */
export function ecbOriginal(root: string): Doc[] {
  const corpus = JSON.parse(readFileSync(join(root, 'eval/corpora/ecb-original.json'), 'utf8')) as {
    docs: { id: string; title: string; text: string }[]
  }
  return corpus.docs.map((d) => ({ id: d.id, text: `${d.title}\n\n${d.text}` }))
}

/** A copy with small, deterministic edits: what syndication and re-publishing look like. */
function edited(d: Doc, k: number): Doc {
  const words = d.text.split(' ')
  const at = (k * 7919) % Math.max(1, words.length)
  if (k % 2) words.splice(at, 1)
  else words[at] = (words[at] ?? '').replace(/\d/, (c) => String((Number(c) + 1) % 10))
  return { id: `${d.id}~${k}`, text: words.join(' ') }
}

/** `n` articles: the originals, then edited copies of them, round after round. */
export function replicate(docs: Doc[], n: number): Doc[] {
  const out: Doc[] = []
  for (let k = 0; out.length < n; k++)
    for (const d of docs) if (out.length < n) out.push(k ? edited(d, k) : d)
  return out
}
