import { COMMANDS } from './commands'
import { EXIT_CODES_HELP } from './exit-codes'

const FOOTER = `Results go to stdout (JSON with --json); warnings, errors and progress go to stderr, and
progress only when stderr is a terminal.
The library lives in ~/.parallax, or in PARALLAX_DATA_DIR when it is set.

${EXIT_CODES_HELP}`

/** `parallax --help`: every command in one screen. */
export function overallHelp(): string {
  const lines = Object.entries(COMMANDS).map(
    ([, c]) => `  parallax ${c.usage.split('\n')[0]}\n      ${c.summary}`
  )
  return `parallax — compare how different outlets report the same events, offline.

Usage:
${lines.join('\n')}
  parallax <command> --help
      the options of one command

${FOOTER}`
}

/** `parallax <command> --help`. */
export function commandHelp(name: string): string {
  const c = COMMANDS[name]
  if (!c) return overallHelp()
  return `Usage: parallax ${c.usage}\n\n${c.summary[0]?.toUpperCase()}${c.summary.slice(1)}.\n${c.details}\n${FOOTER}`
}
