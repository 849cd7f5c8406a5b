import { existsSync } from 'node:fs'
import { homedir } from 'node:os'
import { join, resolve } from 'node:path'

/** The data folder: PARALLAX_DATA_DIR when set, else the host's default. */
export function resolveDataDir(fallback: string, env: NodeJS.ProcessEnv = process.env): string {
  const override = env.PARALLAX_DATA_DIR?.trim()
  return resolve(override ? override : fallback)
}

/** The browser host's and the command line's default: ~/.parallax. */
export const defaultHostDataDir = (): string => join(homedir(), '.parallax')

/**
 * The sample library shipped with the app (the repo's articles/ folder). Built code runs from
 * out/main, sources from src/main/services; PARALLAX_SAMPLES overrides both.
 */
export function resolveSampleDir(
  from: string,
  env: NodeJS.ProcessEnv = process.env
): string | null {
  if (env.PARALLAX_SAMPLES) return resolve(env.PARALLAX_SAMPLES)
  for (const up of ['../../articles', '../../../articles', '../articles']) {
    const dir = resolve(from, up)
    if (existsSync(dir)) return dir
  }
  return null
}
