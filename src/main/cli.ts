import { parseArgs } from 'node:util'
import { COMMANDS } from './cli/commands'
import { EXIT } from './cli/exit-codes'
import { commandHelp, overallHelp } from './cli/help'
import { exitWhenFlushed, quietOnClosedPipe, say } from './cli/output'

/** Runs one command and returns the process exit code. Unknown input prints help and fails. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? rest[0] : undefined
    process.stdout.write(topic ? commandHelp(topic) : overallHelp())
    return name ? EXIT.ok : EXIT.usage
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined
  if (!command) {
    say('', `unknown command "${name}"`)
    process.stderr.write(`\n${overallHelp()}`)
    return EXIT.usage
  }
  let parsed
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: { ...command.options, help: { type: 'boolean', short: 'h' } }
    })
  } catch (e) {
    say(name, (e as Error).message)
    process.stderr.write(`\n${commandHelp(name)}`)
    return EXIT.usage
  }
  if (parsed.values.help) {
    process.stdout.write(commandHelp(name))
    return EXIT.ok
  }
  return command.run(parsed.values, parsed.positionals)
}

if (require.main === module) {
  quietOnClosedPipe()
  main(process.argv.slice(2)).then(
    (code) => exitWhenFlushed(code),
    (e) => {
      say('', (e as Error).stack ?? String(e))
      return exitWhenFlushed(EXIT.failed)
    }
  )
}
