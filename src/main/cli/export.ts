import type { BriefingSpec, ExportFormat, PaperSize } from '../../shared/contract'
import { EXPORT_FORMATS, PAPER_SIZES } from '../../shared/vocabulary'
import { newBriefingSpec } from '../../shared/briefing-spec'
import { call } from '../dispatch'
import { cliDataDir } from './context'
import { EXIT } from './exit-codes'
import { out, say } from './output'
import { openLibraryReadOnly } from './read-only'
import { writeOutFile } from './write-out'

export type ExportArgs = {
  format?: string
  out?: string
  force?: boolean
  articles?: string
  title?: string
  author?: string
  marking?: string
  paper?: string
}

/** The briefing the command line exports: every section, every annotation, confirmed findings. */
export function cliSpec(a: ExportArgs): BriefingSpec {
  const articles = (a.articles ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  return newBriefingSpec(articles, {
    title: a.title ?? 'Briefing',
    author: a.author ?? '',
    marking: a.marking ?? '',
    paper: isPaper(a.paper) ? a.paper : PAPER_SIZES[0]
  })
}

/**
 * `parallax export --format FORMAT --out FILE [--force] ...` (formats: EXPORT_FORMATS).
 * Reads the library without changing it, so it runs beside a serving host. Exit 2 on bad
 * arguments, 1 when the export or the write fails (one line says why), 0 when FILE is written.
 */
export async function exportCommand(a: ExportArgs): Promise<number> {
  const problem = checkArgs(a)
  if (problem) {
    say('export', problem)
    return EXIT.usage
  }
  const lib = await openLibraryReadOnly(cliDataDir())
  const r = await call(lib.api, 'exportBriefing', cliSpec(a), a.format as ExportFormat)
  for (const n of lib.notices()) say('export', n)
  if (!r.ok) {
    say('export', r.error.message)
    return EXIT.failed
  }
  const { encoding, data } = r.value
  const bytes = encoding === 'base64' ? Buffer.from(data, 'base64') : Buffer.from(data, 'utf8')
  const failure = await writeOutFile(a.out as string, bytes, a.force === true)
  if (failure) {
    say('export', failure)
    return EXIT.failed
  }
  out(`${a.out}\t${bytes.length} bytes\n`)
  return EXIT.ok
}

const isPaper = (p: string | undefined): p is PaperSize =>
  (PAPER_SIZES as readonly (string | undefined)[]).includes(p)

function checkArgs(a: ExportArgs): string | null {
  if (!a.format) return `name a format with --format ${EXPORT_FORMATS.join('|')}`
  if (!EXPORT_FORMATS.includes(a.format as ExportFormat))
    return `unknown format "${a.format}"; use one of ${EXPORT_FORMATS.join(', ')}`
  if (!a.out) return 'name the file to write with --out FILE'
  if (a.paper && !isPaper(a.paper)) return `--paper is ${PAPER_SIZES.join(' or ')}`
  return null
}
