import { basename } from 'node:path'
import type { ImportResult } from '../../shared/model'
import { withLibraryLock } from './context'
import { EXIT } from './exit-codes'
import { out, outJson, say } from './output'
import { progress } from './progress'
import { expandPaths, readEntry } from './walk'
import type { BundleImporter } from '../services/export/bundle-import'
import { looksLikeBundle } from '../services/export/bundle'

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
        ? failed(basename(path), 'skipped', skip)
        : await importFile(path, (input) =>
            looksLikeBundle(input.bytes)
              ? importBundle(services.bundles, input)
              : services.library.import(input)
          )
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

type ImportFn = (input: { name: string; bytes: Uint8Array }) => Promise<ImportResult>

async function importFile(path: string, run: ImportFn): Promise<ImportResult> {
  const name = basename(path)
  const read = await readEntry(path)
  if (read.skip !== undefined) return failed(name, 'unreadable', read.skip)
  try {
    return await run({ name, bytes: read.bytes })
  } catch (e) {
    return failed(name, 'internal', `${name}: ${(e as Error).message}`)
  }
}

/** A Parallax bundle: one line for the whole bundle, failing as a whole with its reason. */
async function importBundle(
  bundles: BundleImporter,
  input: { name: string; bytes: Uint8Array }
): Promise<ImportResult> {
  const r = await bundles.import(input.name, input.bytes)
  if (!r.ok) return failed(input.name, r.error.code, r.error.message)
  const v = r.value
  return {
    name: input.name,
    status: 'imported',
    id: v.firstId,
    title:
      `bundle: ${v.articles} new articles, ${v.reused} already present, ` +
      `${v.annotations} annotations, ${v.links} links, ${v.decisions} decisions`
  }
}

const failed = (name: string, code: string, message: string): ImportResult => ({
  name,
  status: 'failed',
  code,
  message
})

function line(path: string, r: Exclude<ImportResult, { status: 'failed' }>): string {
  if (r.status === 'imported' && r.title.startsWith('bundle: ')) return `${path}\t${r.title}`
  if (r.status === 'imported')
    return `${path}\t${r.id}${r.nearDuplicateOf ? `\tnear-duplicate of ${r.nearDuplicateOf}` : ''}`
  return `${path}\tduplicate of ${r.id}`
}
