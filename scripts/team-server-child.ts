/** The team server as its own process for the partition test: the CLI's `team serve`. */
import { main } from '../src/main/cli'
import { initAutomergeUnderTsx } from './automerge-under-tsx'

initAutomergeUnderTsx()
  .then(() => main(process.argv.slice(2)))
  .then(
    (code) => process.exit(code),
    (e: Error) => {
      process.stderr.write(`${e.stack}\n`)
      process.exit(1)
    }
  )
