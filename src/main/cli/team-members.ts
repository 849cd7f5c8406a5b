import { networkInterfaces } from 'node:os'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  colonFingerprint,
  formatInvite,
  TEAM_ROLES,
  type TeamInvite,
  type TeamRole
} from '../../shared/team-invite'
import { loadOrCreateCertificate } from '../team/server/certificate'
import { addMember, removeMember } from '../team/server/members'
import { EXIT } from './exit-codes'
import { out, outJson, say } from './output'

/** Where `team serve` records the address members reach it at, for invites printed later. */
export const ADDRESS_FILE = 'address.txt'

/** `parallax team add-member NAME --role editor|reader --data DIR [--server URL] [--rotate]`. */
export async function addMemberCommand(a: {
  data: string
  name?: string
  role?: string
  server?: string
  rotate: boolean
  json: boolean
}): Promise<number> {
  if (!a.name) return usage('add-member needs a member name.')
  if (!a.role || !(TEAM_ROLES as readonly string[]).includes(a.role))
    return usage('add-member needs --role editor or --role reader.')
  const server = a.server ?? (await recordedAddress(a.data))
  if (!server || !/^https:\/\/[^/]+$/.test(server))
    return usage(
      'no server address: start `parallax team serve` on this data folder once, or pass --server https://HOST:PORT.'
    )
  const { fingerprint } = await loadOrCreateCertificate(a.data)
  const token = await addMember(a.data, a.name, a.role as TeamRole, a.rotate)
  const invite: TeamInvite = { server, name: a.name, role: a.role as TeamRole, token, fingerprint }
  if (a.json) outJson({ ...invite, invite: formatInvite(invite) })
  else
    out(`Invite for ${a.name} (${a.role}), shown once; send it over a channel you trust:

${formatInvite(invite)}

  server       ${server}
  member       ${a.name}
  role         ${a.role}
  token        ${token}
  fingerprint  ${colonFingerprint(fingerprint)}

In Parallax: "Join a team library" and paste the line above.
`)
  return EXIT.ok
}

/** `parallax team remove-member NAME --data DIR`: the token stops working at once. */
export async function removeMemberCommand(a: { data: string; name?: string }): Promise<number> {
  if (!a.name) return usage('remove-member needs a member name.')
  await removeMember(a.data, a.name)
  out(
    `${a.name} is no longer a member: their token is refused and a running server drops them within a second.\nWhat they already copied stays with them.\n`
  )
  return EXIT.ok
}

async function recordedAddress(dir: string): Promise<string | null> {
  try {
    return (await readFile(join(dir, ADDRESS_FILE), 'utf8')).trim()
  } catch {
    return null
  }
}

/** The address other machines reach a server bound to `bind` at: a LAN address for 0.0.0.0. */
export function advertisedHost(bind: string): string {
  if (bind !== '0.0.0.0') return bind
  for (const list of Object.values(networkInterfaces()))
    for (const i of list ?? []) if (i.family === 'IPv4' && !i.internal) return i.address
  return '127.0.0.1'
}

function usage(message: string): number {
  say('team', message)
  return EXIT.usage
}
