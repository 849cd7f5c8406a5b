import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFileAtomic } from '../services/atomic-file'
import { joinFromInvite } from '../team/client/join'
import { cliDataDir } from './context'
import { EXIT } from './exit-codes'
import { out, say } from './output'

/** Where a member's link to the team server is kept (0600: it holds the member's token). */
export const TEAM_LINK_FILE = 'team-link.json'

/**
 * `parallax team join INVITE`: checks the server's certificate against the invite's
 * fingerprint, asks the server who we are and which library it shares, and keeps the link in
 * the data folder. This is the first network connection Parallax ever makes on this machine.
 */
export async function teamJoinCommand(invite: string | undefined): Promise<number> {
  if (!invite) {
    say('team join', "paste the invite: parallax team join 'parallax-invite:…'")
    return EXIT.usage
  }
  let link
  try {
    link = await joinFromInvite(invite)
  } catch (e) {
    say('team join', (e as Error).message)
    return EXIT.failed
  }
  const dir = cliDataDir()
  await mkdir(dir, { recursive: true })
  await writeFileAtomic(join(dir, TEAM_LINK_FILE), `${JSON.stringify(link, null, 2)}\n`)
  out(
    `Joined the team at ${link.server} as ${link.name} (${link.role}); the certificate matched its fingerprint.\n` +
      `Team library: ${link.library ?? 'none shared yet (an editor shares one)'}\nThe link is kept in ${join(dir, TEAM_LINK_FILE)}.\n`
  )
  return EXIT.ok
}
