import { execFileSync } from 'node:child_process'
import { mkdirSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'

/**
 * A copy of `paths` as they were at `commit`, under `dir`, sharing this checkout's node_modules,
 * so a bench can time the engine before a change in the same run. A clone without that commit
 * (shallow, or a fork) gets the reason instead, and the bench says it skipped the comparison.
 */
export function engineAt(
  root: string,
  commit: string,
  paths: readonly string[],
  dir: string
): { root: string } | { reason: string } {
  try {
    mkdirSync(dir)
    const tar = execFileSync('git', ['-C', root, 'archive', commit, ...paths])
    execFileSync('tar', ['-x', '-C', dir], { input: tar })
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'))
    return { root: dir }
  } catch (e) {
    return { reason: (e as Error).message.split('\n')[0] ?? 'unknown error' }
  }
}
