import type { IncomingMessage, ServerResponse } from 'node:http'
import { isValidAutomergeUrl } from '@automerge/automerge-repo'
import type { Member } from './members'
import type { TeamFile } from './team-file'

export type RouteDeps = {
  authenticate(req: IncomingMessage): Promise<Member | null>
  team(): TeamFile
  claimLibrary(url: string): Promise<void>
}

const MAX_BODY = 4096

/**
 * The server's few HTTP routes: `/health` for anyone (says only that it is up), `/library` for
 * members (which document is the team's library; an editor may name it once).
 */
export async function route(
  req: IncomingMessage,
  res: ServerResponse,
  d: RouteDeps
): Promise<void> {
  const path = new URL(req.url ?? '/', 'https://team').pathname
  if (path === '/health' && req.method === 'GET') return send(res, 200, { status: 'ok' })
  if (path !== '/library') return send(res, 404, { error: 'Not found.' })
  const member = await d.authenticate(req)
  if (!member) return send(res, 401, { error: 'A valid member token is needed.' })
  if (req.method === 'GET') return send(res, 200, { library: d.team().library, ...member })
  if (req.method !== 'POST') return send(res, 405, { error: 'GET or POST.' })
  if (member.role !== 'editor') return send(res, 403, { error: 'Readers cannot share a library.' })
  const body = await readSmallBody(req)
  const url = (safeJson(body) as { library?: unknown } | null)?.library
  if (typeof url !== 'string' || !isValidAutomergeUrl(url))
    return send(res, 400, { error: 'The body must be {"library": "automerge:…"}.' })
  const current = d.team().library
  if (current !== null && current !== url)
    return send(res, 409, { error: `This team already shares the library ${current}.` })
  if (current === null) await d.claimLibrary(url)
  return send(res, 200, { library: url })
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' })
  res.end(JSON.stringify(body))
}

async function readSmallBody(req: IncomingMessage): Promise<string> {
  let size = 0
  const parts: Buffer[] = []
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > MAX_BODY) break
    parts.push(chunk)
  }
  return Buffer.concat(parts).toString('utf8')
}

function safeJson(s: string): unknown {
  try {
    return JSON.parse(s)
  } catch {
    return null
  }
}
