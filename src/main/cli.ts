import { parseArgs } from 'node:util'
import { analyzeCommand } from './cli/analyze'
import { exportCommand } from './cli/export'
import { importCommand } from './cli/import'
import { listCommand } from './cli/list'
import { serveCommand } from './cli/serve'

const HELP = `parallax — compare how different outlets report the same events, offline.

Usage:
  parallax serve [--port N]     serve the app on http://127.0.0.1 (prints the URL with its token)
  parallax list [--json]        list the library: id, title, source, date, words
  parallax import <files|folders> [--json]
                                import .txt .md .html .pdf .docx files, or a Parallax
                                bundle (.parallax.json); one result per file
  parallax export --format md|html|pdf|docx|jsonld|csv|bundle --out FILE
                  [--articles ID,...] [--title T] [--author A] [--marking M] [--paper a4|letter]
                                write a briefing (all articles when none are named), the
                                annotations (jsonld, csv) or a bundle that re-imports whole
  parallax analyze <files|folders> [--json]
                                find overlaps and contradictions between files, without
                                touching the library
  parallax --help               this help

The library lives in ~/.parallax, or in PARALLAX_DATA_DIR when it is set.
`

/** Runs one command and returns the process exit code. Unknown input prints help and fails. */
export async function main(argv: string[]): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        port: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        articles: { type: 'string' },
        title: { type: 'string' },
        author: { type: 'string' },
        marking: { type: 'string' },
        paper: { type: 'string' },
        help: { type: 'boolean', short: 'h' }
      }
    })
  } catch (e) {
    process.stderr.write(`parallax: ${(e as Error).message}\n\n${HELP}`)
    return 2
  }
  const { values, positionals } = parsed
  const [command] = positionals
  if (values.help || command === 'help' || !command) {
    process.stdout.write(HELP)
    return values.help || command === 'help' ? 0 : 2
  }
  if (command === 'list') return listCommand(values.json ?? false)
  if (command === 'analyze') return analyzeCommand(positionals.slice(1), values.json ?? false)
  if (command === 'import') return importCommand(positionals.slice(1), values.json ?? false)
  if (command === 'export') return exportCommand(values)
  if (command === 'serve')
    return serveCommand({ port: values.port ? Number(values.port) : undefined })
  process.stderr.write(`parallax: unknown command "${command}"\n\n${HELP}`)
  return 2
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e) => {
      process.stderr.write(`parallax: ${(e as Error).stack ?? String(e)}\n`)
      process.exit(1)
    }
  )
}
