import { resolve } from 'node:path'
import type { Command } from './commands'
import { EXIT } from './exit-codes'
import { say } from './output'
import { addMemberCommand, removeMemberCommand } from './team-members'
import { teamJoinCommand } from './team-join'
import { teamServeCommand } from './team-serve'
import { teamUsbCommand } from './team-usb'

type Values = Record<string, string | boolean | undefined>

/** Every option any `team` subcommand takes; each subcommand reads its own. */
const TEAM_OPTIONS = {
  data: { type: 'string' },
  port: { type: 'string' },
  bind: { type: 'string' },
  role: { type: 'string' },
  server: { type: 'string' },
  rotate: { type: 'boolean' },
  passphrase: { type: 'boolean' },
  json: { type: 'boolean' }
} as const

const TEAM_USAGE = `team serve --data DIR [--port 7420] [--bind 127.0.0.1|0.0.0.0]
         team add-member NAME --role editor|reader --data DIR [--server https://HOST:PORT] [--rotate] [--json]
         team remove-member NAME --data DIR
         team usb-sync STICK --data DIR [--passphrase]
         team join 'parallax-invite:…'`

const TEAM_DETAILS = `serve          runs the team server (HTTPS and WebSocket, self-signed certificate made once
               in DIR and pinned by every member) until interrupted; /health answers "ok".
add-member     prints an invite: one line to paste into Parallax, and its fields. --rotate gives
               an existing member a new token (the old one stops working).
remove-member  revokes a member's token; a running server drops them within a second.
usb-sync       syncs every document of DIR with a removable medium, both ways, for teams
               across an air gap (stop the server first). --passphrase seals the stick with
               AES-256-GCM under a scrypt key; the passphrase is read from
               PARALLAX_TEAM_PASSPHRASE or stdin. A changed sealed stick is refused.
join           on a member's machine: checks the server's certificate against the invite's
               fingerprint (another certificate is refused before the token is sent) and keeps
               the link in the data folder (team-link.json, 0600).
The server keeps cert.pem, key.pem (0600), members.json (token hashes only), team.json and
the documents in DIR. Nothing else in Parallax opens a network connection, and a member's
machine connects only after "team join".
`

/** `parallax team <subcommand>`. */
async function teamCommand(v: Values, positionals: string[]): Promise<number> {
  const [sub, name, ...extra] = positionals
  if (extra.length > 0) return usage(`unexpected arguments: ${extra.join(' ')}`)
  if (sub === 'join') return teamJoinCommand(name)
  const data = typeof v.data === 'string' ? resolve(v.data) : null
  if (!data) return usage('--data DIR is needed: the team server folder.')
  try {
    switch (sub) {
      case 'add-member':
        return await addMemberCommand({
          data,
          name,
          role: v.role as string | undefined,
          server: v.server as string | undefined,
          rotate: v.rotate === true,
          json: v.json === true
        })
      case 'remove-member':
        return await removeMemberCommand({ data, name })
      case 'serve':
        if (name) return usage(`unexpected argument: ${name}`)
        return await teamServeCommand({
          data,
          port: v.port as string | undefined,
          bind: v.bind as string | undefined
        })
      case 'usb-sync':
        return await teamUsbCommand({ data, stick: name, passphrase: v.passphrase === true })
      default:
        return usage(sub ? `unknown team command "${sub}"` : 'which team command? See --help.')
    }
  } catch (e) {
    say(`team ${sub}`, (e as Error).message)
    return EXIT.failed
  }
}

function usage(message: string): number {
  say('team', message)
  return EXIT.usage
}

/** The `team` entry of the command table. */
export const TEAM_COMMAND: Command = {
  usage: TEAM_USAGE,
  summary: 'run a team server and manage its members (the one command that listens on the LAN)',
  details: TEAM_DETAILS,
  options: TEAM_OPTIONS,
  run: teamCommand
}
