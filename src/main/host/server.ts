import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { readFile } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'
import { channels, eventNames, largeBodyChannels, methodForChannel } from '../../shared/contract'
import { MAX_IMPORT_BYTES } from '../../shared/schemas'
import { err, type ErrorCode, type Result } from '../../shared/result'
import type { Services } from '../services'
import { dispatch } from '../dispatch'
import { closeBodyParser, parseBody, readBody } from './read-body'
import {
  CSP,
  EVENTS_PATH,
  checkHostAndOrigin,
  decodePath,
  newToken,
  tokenMatches,
  tokenOf
} from './security'

export type HostOptions = {
  services: Services
  /** The built renderer (out/renderer). */
  rendererDir: string
  port?: number
  token?: string
  /** Largest accepted API request body, in bytes. */
  maxBody?: number
}

export type Host = {
  url: string
  port: number
  token: string
  server: Server
  close(): Promise<void>
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json'
}

const BASE_HEADERS = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin'
}

/**
 * Serves the built renderer and the contract (`POST /api/<channel>`) on 127.0.0.1 only.
 * Every API request needs the token; the static shell does not, because it holds no data.
 */
export async function startHost(o: HostOptions): Promise<Host> {
  const token = o.token ?? newToken()
  const maxBody = o.maxBody ?? 1024 * 1024
  let port = 0
  const server = createServer((req, res) => {
    handle(req, res).catch((e) => send(res, 500, apiError('internal', String(e))))
  })
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`)
    const refused = checkHostAndOrigin(req, port)
    if (refused) return send(res, 403, apiError('forbidden', refused))
    if (!url.pathname.startsWith('/api/')) return serveStatic(o.rendererDir, url.pathname, req, res)
    if (!tokenMatches(token, tokenOf(req, url)))
      return send(
        res,
        401,
        apiError(
          'unauthorized',
          'A valid token is required. Open the URL printed by `parallax serve`.'
        )
      )
    if (url.pathname === EVENTS_PATH && req.method === 'GET')
      return streamEvents(o.services, req, res)
    const channel = decodePath(url.pathname.slice(5))
    if (channel === null)
      return send(res, 400, apiError('invalid-argument', 'Malformed percent-encoding'))
    const method = methodForChannel(channel)
    if (!method)
      return send(res, 404, apiError('not-found', `Unknown API channel ${url.pathname.slice(5)}`))
    if (req.method !== 'POST')
      return send(res, 405, apiError('method-not-allowed', 'API calls use POST'))
    if (!(req.headers['content-type'] ?? '').startsWith('application/json'))
      return send(res, 415, apiError('unsupported-format', 'API calls send application/json'))
    // A whole file travels base64-encoded (4/3 of its size) in an import call.
    const limit = largeBodyChannels.includes(channels[method])
      ? Math.ceil(MAX_IMPORT_BYTES * 1.4)
      : maxBody
    const body = await readBody(req, limit)
    if (body === 'too-large')
      return send(res, 413, apiError('too-large', `Request body over ${limit} bytes`))
    const parsed = await parseBody(body)
    if (!parsed.ok)
      return send(res, 400, apiError('invalid-argument', 'The request body is not valid JSON'))
    const args = (parsed.value as { args?: unknown } | null)?.args
    const result = await dispatch(o.services.api, method, args)
    const status = !result.ok && result.error.code === 'invalid-argument' ? 400 : 200
    send(res, status, result)
  }
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(o.port ?? 0, '127.0.0.1', () => resolve())
  })
  port = (server.address() as { port: number }).port
  const url = `http://127.0.0.1:${port}/#token=${token}`
  return {
    url,
    port,
    token,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => void closeBodyParser().then(resolve))
      })
  }
}

const apiError = (code: ErrorCode, message: string): Result<never> => err(code, message)

function send(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return
  res.writeHead(status, {
    ...BASE_HEADERS,
    'Content-Type': 'application/json',
    'Cache-Control': 'no-store'
  })
  res.end(JSON.stringify(body))
}

async function serveStatic(
  root: string,
  pathname: string,
  req: IncomingMessage,
  res: ServerResponse
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD')
    return send(res, 405, apiError('method-not-allowed', 'GET only'))
  if (pathname === '/favicon.ico') return void res.writeHead(204, BASE_HEADERS).end()
  const decoded = decodePath(pathname)
  if (decoded === null)
    return send(res, 400, apiError('invalid-argument', 'Malformed percent-encoding'))
  const rel = pathname === '/' ? 'index.html' : decoded.replace(/^\/+/, '')
  const file = normalize(join(root, rel))
  if (!file.startsWith(normalize(root) + sep))
    return send(res, 404, apiError('not-found', 'Not found'))
  let data: Buffer
  try {
    data = await readFile(file)
  } catch {
    return send(res, 404, apiError('not-found', `No file ${pathname}`))
  }
  res.writeHead(200, {
    ...BASE_HEADERS,
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Cache-Control': rel === 'index.html' ? 'no-store' : 'max-age=3600'
  })
  res.end(req.method === 'HEAD' ? undefined : data)
}

/** Server-sent events: the HTTP twin of the preload's `on(event, listener)`. */
function streamEvents(services: Services, req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(200, {
    ...BASE_HEADERS,
    'Content-Type': 'text/event-stream',
    'Cache-Control': 'no-store'
  })
  res.write(': connected\n\n')
  const unsubscribe = services.events.subscribe((event, payload) => {
    if ((eventNames as readonly string[]).includes(event))
      res.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`)
  })
  req.on('close', unsubscribe)
}
