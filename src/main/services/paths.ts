import { existsSync } from 'node:fs'
import { chmod, mkdir, stat } from 'node:fs/promises'
import { homedir } from 'node:os'
import { join, resolve } from 'node:path'

/** The data folder: PARALLAX_DATA_DIR when set, else the host's default. */
export function resolveDataDir(fallback: string, env: NodeJS.ProcessEnv = process.env): string {
  const override = env.PARALLAX_DATA_DIR?.trim()
  return resolve(override ? override : fallback)
}

/**
 * Creates a data folder (and any missing parents) readable by this user only: it holds the
 * library, and other local users have no business reading it. An existing folder of ours that
 * others can read is tightened to 0700 too; one owned by someone else is left alone.
 */
export async function makeDataDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 })
  if (process.platform === 'win32') return
  const s = await stat(dir)
  if (s.uid === process.getuid?.() && (s.mode & 0o077) !== 0) await chmod(dir, 0o700)
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
