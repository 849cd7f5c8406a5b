import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/** One article of the ECB+ original half as the corpus file holds it. */
export type EcbArticle = { id: string; topic: number; title: string; text: string }

let cached: EcbArticle[] | undefined

/** The articles of one ECB+ topic (one real event), in corpus order. */
export function ecbTopic(topic: number): EcbArticle[] {
  cached ??= (
    JSON.parse(readFileSync(join(__dirname, '../eval/corpora/ecb-original.json'), 'utf8')) as {
      docs: EcbArticle[]
    }
  ).docs
  return cached.filter((d) => d.topic === topic)
}
