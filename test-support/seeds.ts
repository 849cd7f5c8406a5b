import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

/** The sample library shipped in the repo: the five seed articles, under readable names. */
export const ARTICLES_DIR = resolve(__dirname, '../articles')

export type SeedNumber = '000' | '001' | '002' | '003' | '004'

/** The file name of seed article NNN in articles/. */
export function seedFile(n: SeedNumber): string {
  const name = readdirSync(ARTICLES_DIR).find((f) => f.startsWith(n))
  if (!name) throw new Error(`No seed article ${n} in ${ARTICLES_DIR}`)
  return join(ARTICLES_DIR, name)
}

/** The raw text of seed article NNN, exactly as shipped. */
export const readSeed = (n: SeedNumber): string => readFileSync(seedFile(n), 'utf8')
