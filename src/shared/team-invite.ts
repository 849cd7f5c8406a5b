/**
 * A team invite: everything a member needs to join a team server, as one line that survives
 * copy and paste (`parallax-invite:` plus URL query parameters, no spaces) and as fields.
 * The token is the member's secret; the fingerprint pins the server's self-signed
 * certificate, so a client refuses any other server even on a hostile LAN.
 */
export type TeamInvite = {
  /** https://host:port of the team server. */
  server: string
  /** The member name; every peer id this member uses starts with `<name>:`. */
  name: string
  role: TeamRole
  /** 64 hex characters (256 bits). */
  token: string
  /** SHA-256 of the server certificate, as 64 hex characters. */
  fingerprint: string
}

export const TEAM_ROLES = ['editor', 'reader'] as const
export type TeamRole = (typeof TEAM_ROLES)[number]

const PREFIX = 'parallax-invite:'
/** Lower-case letters, digits, `_` and `-`, starting with a letter: safe in peer ids and files. */
export const MEMBER_NAME = /^[a-z][a-z0-9_-]{0,31}$/
const HEX64 = /^[0-9a-f]{64}$/

/** The one copy-pasteable line. */
export function formatInvite(i: TeamInvite): string {
  const q = new URLSearchParams({
    server: i.server,
    name: i.name,
    role: i.role,
    token: i.token,
    fingerprint: i.fingerprint
  })
  return `${PREFIX}${q.toString()}`
}

/** `AB:CD:…` as Node and browsers print it, from 64 hex characters. */
export const colonFingerprint = (hex: string): string =>
  (hex.toUpperCase().match(/../g) ?? []).join(':')

/** Accepts hex with or without colons, any case; returns 64 lower-case hex or null. */
export function normaliseFingerprint(s: string): string | null {
  const hex = s.replace(/:/g, '').toLowerCase()
  return HEX64.test(hex) ? hex : null
}

/** Reads an invite line; the error names the part that is wrong, so a truncated paste is clear. */
export function parseInvite(
  line: string
): { ok: true; invite: TeamInvite } | { ok: false; error: string } {
  const s = line.trim()
  if (!s.startsWith(PREFIX))
    return { ok: false, error: `An invite starts with "${PREFIX}"; this text does not.` }
  const q = new URLSearchParams(s.slice(PREFIX.length))
  const server = q.get('server') ?? ''
  const url = URL.canParse(server) ? new URL(server) : null
  if (!url || url.protocol !== 'https:' || url.pathname !== '/' || url.search || url.hash)
    return { ok: false, error: 'The invite has no valid server address (https://host:port).' }
  const name = q.get('name') ?? ''
  if (!MEMBER_NAME.test(name)) return { ok: false, error: 'The invite has no valid member name.' }
  const role = q.get('role') ?? ''
  if (!(TEAM_ROLES as readonly string[]).includes(role))
    return { ok: false, error: 'The invite has no valid role (editor or reader).' }
  const token = q.get('token') ?? ''
  if (!HEX64.test(token))
    return { ok: false, error: 'The invite token is damaged: it must be 64 hex characters.' }
  const fingerprint = normaliseFingerprint(q.get('fingerprint') ?? '')
  if (!fingerprint)
    return { ok: false, error: 'The invite fingerprint is damaged: it must be a SHA-256 (64 hex).' }
  return {
    ok: true,
    invite: { server: url.origin, name, role: role as TeamRole, token, fingerprint }
  }
}
