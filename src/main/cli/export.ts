import { writeFile } from 'node:fs/promises'
import { exportFormats, type BriefingSpec, type ExportFormat } from '../../shared/contract'
import { newBriefingSpec } from '../../shared/briefing-spec'
import { openCliServices } from './context'

export type ExportArgs = {
  format?: string
  out?: string
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
    paper: a.paper === 'letter' ? 'letter' : 'a4'
  })
}

/**
 * `parallax export --format md|html|pdf|docx|jsonld|csv|bundle --out FILE [--articles ID,...]`.
 * Reads the library only, so it runs beside a serving host. Exit 2 on bad arguments, 1 when the
 * export fails (the message says why), 0 when FILE is written.
 */
export async function exportCommand(a: ExportArgs): Promise<number> {
  const problem = checkArgs(a)
  if (problem) {
    process.stderr.write(`parallax export: ${problem}\n`)
    return 2
  }
  const services = await openCliServices()
  try {
    const r = await services.exporter.render(cliSpec(a), a.format as ExportFormat)
    if (!r.ok) {
      process.stderr.write(`parallax export: ${r.error.message}\n`)
      return 1
    }
    await writeFile(a.out as string, r.value.bytes)
    process.stdout.write(`${a.out}\t${r.value.bytes.length} bytes\n`)
    return 0
  } finally {
    await services.close()
  }
}

function checkArgs(a: ExportArgs): string | null {
  if (!a.format) return `name a format with --format ${exportFormats.join('|')}`
  if (!exportFormats.includes(a.format as ExportFormat))
    return `unknown format "${a.format}"; use one of ${exportFormats.join(', ')}`
  if (!a.out) return 'name the file to write with --out FILE'
  if (a.paper && a.paper !== 'a4' && a.paper !== 'letter') return '--paper is a4 or letter'
  return null
}
