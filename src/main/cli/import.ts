import { basename } from 'node:path'
import type { ParallaxApi } from '../../shared/contract'
import type { ImportResult } from '../../shared/model'
import type { ErrorCode } from '../../shared/result'
import { call } from '../dispatch'
import { withLibraryLock } from './context'
import { EXIT } from './exit-codes'
import { out, outJson, say } from './output'
import { progress } from './progress'
import { expandPaths, readEntry } from './walk'

/**
 * `parallax import <files|folders> [--json]`: one line per imported file on stdout; a file that
 * cannot be used is skipped with a warning on stderr and the exit code is then 4.
 */
export async function importCommand(paths: string[], json: boolean): Promise<number> {
  if (paths.length === 0) {
    say('import', 'name at least one file or folder')
    return EXIT.usage
  }
  return withLibraryLock(async (services) => {
    const results: (ImportResult & { path: string })[] = []
    const entries = await expandPaths(paths)
    const bar = progress('parallax import:')
    for (const [n, { path, skip }] of entries.entries()) {
      bar.step(n + 1, entries.length, path)
      const r = skip
        ? failed(basename(path), 'unreadable', skip)
        : await importFile(path, services.api)
      results.push({ ...r, path })
      if (r.status === 'failed') {
        bar.end()
        say('import', `skipped ${path}: ${r.message}`)
      } else if (!json) out(`${line(path, r)}\n`)
    }
    bar.end()
    if (json) outJson(results)
    const bad = results.filter((r) => r.status === 'failed').length
    say(
      'import',
      `${results.length - bad} of ${results.length} imported or already present, ${bad} skipped`
    )
    return bad ? EXIT.skipped : EXIT.ok
  })
}

/** One file through the contract, as the app imports it: a bundle whole, anything else as one article. */
export async function importFile(path: string, api: ParallaxApi): Promise<ImportResult> {
  const name = basename(path)
  const read = await readEntry(path)
  if (read.skip !== undefined) return failed(name, 'unreadable', read.skip)
  const r = await call(api, 'importArticle', { name, data: read.bytes })
  return r.ok ? r.value : failed(name, r.error.code, `${name}: ${r.error.message}`)
}

const failed = (name: string, code: ErrorCode, message: string): ImportResult => ({
  name,
  status: 'failed',
  code,
  message
})

function line(path: string, r: Exclude<ImportResult, { status: 'failed' }>): string {
  if (r.status === 'imported' && r.bundle) return `${path}\t${r.title}`
  if (r.status === 'imported')
    return `${path}\t${r.id}${r.nearDuplicateOf ? `\tnear-duplicate of ${r.nearDuplicateOf}` : ''}`
  return `${path}\tduplicate of ${r.id}`
}
