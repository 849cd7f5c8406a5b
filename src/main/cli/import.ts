import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { ImportResult } from '../../shared/model'
import { MAX_IMPORT_BYTES } from '../../shared/schemas'
import { withLibraryLock } from './context'
import type { BundleImporter } from '../services/export/bundle-import'
import { looksLikeBundle } from '../services/export/bundle'

/** Every file under the given paths, folders walked recursively, hidden files skipped. */
export async function expandPaths(paths: string[]): Promise<{ path: string; error?: string }[]> {
  const out: { path: string; error?: string }[] = []
  for (const p of paths) {
    const info = await stat(p).catch((e: NodeJS.ErrnoException) => e)
    if (info instanceof Error)
      out.push({ path: p, error: info.code === 'ENOENT' ? 'no such file or folder' : info.message })
    else if (info.isDirectory()) {
      const names = (await readdir(p)).filter((n) => !n.startsWith('.')).sort()
      out.push(...(await expandPaths(names.map((n) => join(p, n)))))
    } else out.push({ path: p })
  }
  return out
}

/** `parallax import <files|folders> [--json]`: one line per file; exit 1 if any failed. */
export async function importCommand(paths: string[], json: boolean): Promise<number> {
  if (paths.length === 0) {
    process.stderr.write('parallax import: name at least one file or folder\n')
    return 2
  }
  return withLibraryLock(async (services) => {
    const results: (ImportResult & { path: string })[] = []
    for (const { path, error } of await expandPaths(paths)) {
      const r = error
        ? failed(path, 'not-found', `${path}: ${error}`)
        : await importFile(path, (input) =>
            looksLikeBundle(input.bytes)
              ? importBundle(services.bundles, input)
              : services.library.import(input)
          )
      results.push({ ...r, path })
      if (!json) process.stdout.write(`${line(path, r)}\n`)
    }
    if (json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`)
    const bad = results.filter((r) => r.status === 'failed').length
    if (!json)
      process.stdout.write(
        `${results.length - bad} of ${results.length} imported or already present, ${bad} failed\n`
      )
    return bad ? 1 : 0
  })
}

type ImportFn = (input: { name: string; bytes: Uint8Array }) => Promise<ImportResult>

async function importFile(path: string, run: ImportFn): Promise<ImportResult> {
  const name = path.split(/[\\/]/).pop() ?? path
  const size = (await stat(path)).size
  if (size > MAX_IMPORT_BYTES)
    return failed(
      name,
      'too-large',
      `${name} is ${(size / 1048576).toFixed(1)} MB; the limit is 20 MB.`
    )
  try {
    return await run({ name, bytes: await readFile(path) })
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

function line(path: string, r: ImportResult): string {
  if (r.status === 'imported' && r.title.startsWith('bundle: ')) return `${path}\t${r.title}`
  if (r.status === 'imported')
    return `${path}\t${r.id}${r.nearDuplicateOf ? `\tnear-duplicate of ${r.nearDuplicateOf}` : ''}`
  if (r.status === 'duplicate') return `${path}\tduplicate of ${r.id}`
  return `${path}\terror: ${r.message}`
}
