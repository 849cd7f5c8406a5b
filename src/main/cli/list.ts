import { call } from '../dispatch'
import { cell, cliDataDir } from './context'
import { EXIT } from './exit-codes'
import { out, outJson, say } from './output'
import { openLibraryReadOnly } from './read-only'
import { counted } from '../../shared/text/count'

/**
 * `parallax list [--json]`: the library, one article per line. Reads without the lock and
 * without changing anything, so looping it beside a busy host never gets in the host's way.
 */
export async function listCommand(json: boolean): Promise<number> {
  const lib = await openLibraryReadOnly(cliDataDir())
  for (const n of lib.notices()) say('list', n)
  const r = await call(lib.api, 'listArticles', { sort: 'date' })
  if (!r.ok) {
    say('list', r.error.message)
    return EXIT.failed
  }
  const rows = r.value
  if (json) {
    outJson(
      rows.map((r) => ({
        id: r.id,
        title: r.title,
        source: r.source,
        date: r.date,
        words: r.wordCount
      }))
    )
    return EXIT.ok
  }
  const lines = [
    `${cell('ID', 12)}  ${cell('DATE', 10)}  ${cell('WORDS', 6)}  ${cell('SOURCE', 18)}  TITLE`
  ]
  for (const r of rows)
    lines.push(
      `${cell(r.id, 12)}  ${cell(r.date || '-', 10)}  ${String(r.wordCount).padStart(6)}  ${cell(r.source || '-', 18)}  ${r.title}`
    )
  lines.push(counted(rows.length, 'article'))
  out(`${lines.join('\n')}\n`)
  return EXIT.ok
}
