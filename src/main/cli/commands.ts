import type { ParseArgsConfig } from 'node:util'
import { EXPORT_FORMATS, PAPER_SIZES } from '../../shared/vocabulary'
import { analyzeCommand } from './analyze'
import { exportCommand, type ExportArgs } from './export'
import { importCommand } from './import'
import { listCommand } from './list'
import { serveCommand } from './serve'
import { storiesCommand } from './stories'
import { TEAM_COMMAND } from './team'
import { SHARE_COMMAND } from './team-share'

type Options = NonNullable<ParseArgsConfig['options']>
type Values = Record<string, string | boolean | undefined>

/** One command of the command line: its help and how it runs. */
export type Command = {
  /** The usage lines, without the leading `parallax`. */
  usage: string
  /** One line for the overall help. */
  summary: string
  /** What `parallax <command> --help` adds below the usage. */
  details: string
  options: Options
  run(values: Values, positionals: string[]): Promise<number>
}

const json = { json: { type: 'boolean' } } as const

/** Every command, in the order the help lists them. */
export const COMMANDS: Record<string, Command> = {
  serve: {
    usage: 'serve [--port N]',
    summary: 'serve the app on http://127.0.0.1 (prints the URL with its token)',
    details: 'Runs until interrupted. Holds the data folder: a second host or an import waits.\n',
    options: { port: { type: 'string' } },
    run: (v) => serveCommand({ port: v.port ? Number(v.port) : undefined })
  },
  list: {
    usage: 'list [--json]',
    summary: 'list the library: id, title, source, date, words',
    details: 'Reads the library without changing it, so it is safe beside a running Parallax.\n',
    options: json,
    run: (v) => listCommand(v.json === true)
  },
  import: {
    usage: 'import <files|folders> [--json]',
    summary: 'import .txt .md .html .pdf .docx files or a Parallax bundle (.parallax.json)',
    details: `Prints one line per imported file on stdout (an array with --json). A file that
cannot be used (empty, binary, unreadable, a link out of the named folder) is skipped
with a warning on stderr and the rest are imported. Folders are read recursively; hidden
files are skipped, and so are files without an extension that are not plain text.
`,
    options: json,
    run: (v, p) => importCommand(p, v.json === true)
  },
  export: {
    usage: `export --format ${EXPORT_FORMATS.join('|')} --out FILE [--force]
         [--articles ID,...] [--title T] [--author A] [--marking M] [--paper ${PAPER_SIZES.join('|')}]`,
    summary: 'write a briefing, the annotations (jsonld, csv) or a bundle',
    details: `Exports all articles when none are named. Reads the library without changing it.
FILE is written whole or not at all; an existing FILE is kept unless --force is given,
and a symbolic link at FILE is never followed.
`,
    options: {
      format: { type: 'string' },
      out: { type: 'string' },
      force: { type: 'boolean' },
      articles: { type: 'string' },
      title: { type: 'string' },
      author: { type: 'string' },
      marking: { type: 'string' },
      paper: { type: 'string' }
    },
    run: (v) => exportCommand(v as ExportArgs)
  },
  analyze: {
    usage: 'analyze <files|folders> [--json] [--all-pairs]',
    summary: 'find overlaps and contradictions between files, without touching the library',
    details: `Prints a report, or with --json one object {articles, findings} on stdout. Files that
cannot be read are skipped with a warning on stderr; the rest are analysed.
The files are grouped into stories (events) first, and articles are compared only with
articles of their own story; the JSON lists the stories and each finding carries its
story id. --all-pairs compares every pair of articles instead.
`,
    options: { ...json, 'all-pairs': { type: 'boolean' } },
    run: (v, p) => analyzeCommand(p, v.json === true, v['all-pairs'] === true)
  },
  stories: {
    usage: 'stories [--json]',
    summary: 'list the stories (events) of the library with their articles',
    details:
      'Stories are found automatically and include the edits made in the app. Reads the\nlibrary without changing it, so it is safe beside a running Parallax.\n',
    options: json,
    run: (v) => storiesCommand(v.json === true)
  },
  team: TEAM_COMMAND,
  share: SHARE_COMMAND
}
