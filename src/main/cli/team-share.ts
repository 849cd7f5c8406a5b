import { shareLibrary } from '../team/share'
import type { Command } from './commands'
import { withDataDirLock } from './context'
import { EXIT } from './exit-codes'
import { clean, say } from './output'

type Values = Record<string, string | boolean | undefined>

/** `parallax share --user NAME`: converts the solo library into a team library, once. */
async function shareCommand(v: Values): Promise<number> {
  const user = v.user
  if (typeof user !== 'string') {
    say('share', '--user NAME is needed: your user name in the team (a-z, 0-9, _ and -).')
    return EXIT.usage
  }
  return withDataDirLock(async (dataDir) => {
    const r = await shareLibrary({
      dataDir,
      user,
      name: typeof v.name === 'string' ? v.name : undefined
    })
    if (!r.ok) {
      say('share', r.error.message)
      return EXIT.failed
    }
    const x = r.value
    process.stdout.write(
      v.json === true
        ? `${JSON.stringify(x)}\n`
        : `Shared: ${x.articles} articles, ${x.annotations} annotations, ${x.links} links, ${x.decisions} decisions.\nTeam library: ${x.url}\nThe solo files were kept in ${clean(x.backup)}\n`
    )
    return EXIT.ok
  })
}

/** The `share` entry of the command table. */
export const SHARE_COMMAND: Command = {
  usage: 'share --user NAME [--name TITLE] [--json]',
  summary: 'turn this library into a team library (once; every id is kept)',
  details: `From then on the library lives in Automerge documents (team/ in the data folder),
which team members sync; prefs stay local. The solo files are moved to a solo-backup
folder, untouched. Holds the data folder's lock: stop a running Parallax first.
`,
  options: { user: { type: 'string' }, name: { type: 'string' }, json: { type: 'boolean' } },
  run: (v) => shareCommand(v)
}
