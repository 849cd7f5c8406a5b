import { X509Certificate } from 'node:crypto'
import { request } from 'node:https'
import { connect } from 'node:tls'
import type { StorageId } from '@automerge/automerge-repo'
import { parseInvite, type TeamInvite, type TeamRole } from '../../../shared/team-invite'
import { pinError, type ServerPin } from './pinned-adapter'

/** A member's standing link to a team server, kept (0600) in the client's data folder. */
export type TeamLink = ServerPin & {
  name: string
  role: TeamRole
  /** The team library's automerge: URL, or null until an editor shares one. */
  library: string | null
  /** Learnt at the first connection (see MemberRepo.serverStorageId). */
  serverStorageId?: StorageId
}

/**
 * Joins from an invite line: fetches the server's certificate, refuses it unless its SHA-256
 * is the pinned one, then asks the server (over that certificate only) who we are and which
 * library the team shares. Nothing is sent before the certificate matches; throws a sentence
 * an analyst can act on.
 */
export async function joinFromInvite(line: string): Promise<TeamLink> {
  const parsed = parseInvite(line)
  if (!parsed.ok) throw new Error(parsed.error)
  const invite = parsed.invite
  const certPem = await fetchPinnedCertificate(invite)
  const pin: ServerPin = { ...invite, certPem }
  const me = await teamRequest<{ library: string | null; name: string; role: TeamRole }>(
    pin,
    'GET',
    '/library'
  )
  return { ...pin, name: me.name, role: me.role, library: me.library }
}

/** Tells the server which document is the team's library (editors, once). */
export async function shareLibrary(link: TeamLink, library: string): Promise<TeamLink> {
  await teamRequest(link, 'POST', '/library', { library })
  return { ...link, library }
}

async function fetchPinnedCertificate(invite: TeamInvite): Promise<string> {
  const url = new URL(invite.server)
  const raw = await new Promise<Buffer>((resolve, reject) => {
    // Only a handshake, no data: the certificate is read and the socket closed unused.
    const socket = connect({
      host: url.hostname,
      port: Number(url.port || 443),
      servername: undefined,
      rejectUnauthorized: false
    })
    socket.setTimeout(10_000, () => socket.destroy(new Error('timed out')))
    socket.once('secureConnect', () => {
      const cert = socket.getPeerCertificate(true)
      socket.destroy()
      if (cert?.raw) resolve(cert.raw)
      else reject(new Error('the server sent no certificate'))
    })
    socket.once('error', reject)
  }).catch((e: Error & { code?: string }) => {
    throw new Error(`Could not reach the team server at ${invite.server}: ${e.code ?? e.message}.`)
  })
  const x509 = new X509Certificate(raw)
  const problem = pinError({ raw } as never, invite.fingerprint)
  if (problem) throw problem
  return x509.toString()
}

/** One HTTPS request that trusts only the pinned certificate and carries the member token. */
export function teamRequest<T>(
  pin: ServerPin,
  method: string,
  path: string,
  body?: unknown
): Promise<T> {
  const payload = body === undefined ? undefined : JSON.stringify(body)
  return new Promise<T>((resolve, reject) => {
    const req = request(
      `${pin.server}${path}`,
      {
        method,
        ca: pin.certPem,
        checkServerIdentity: (_h, cert) => pinError(cert, pin.fingerprint),
        headers: {
          authorization: `Bearer ${pin.token}`,
          ...(payload ? { 'content-type': 'application/json' } : {})
        },
        timeout: 10_000
      },
      (res) => {
        let text = ''
        res.setEncoding('utf8')
        res.on('data', (c: string) => (text += c))
        res.on('end', () => {
          const json = safeJson(text) as { error?: string } | null
          if (res.statusCode === 200) resolve(json as T)
          else
            reject(new Error(`The team server refused: ${json?.error ?? `HTTP ${res.statusCode}`}`))
        })
      }
    )
    req.on('timeout', () => req.destroy(new Error('the team server did not answer in 10 s')))
    req.on('error', (e) => reject(new Error(`Could not reach the team server: ${e.message}`)))
    req.end(payload)
  })
}

function safeJson(s: string): unknown {
  try {
    return JSON.parse(s)
  } catch {
    return null
  }
}
