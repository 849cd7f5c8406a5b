import { randomBytes, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

/** 256 bits of randomness, URL-safe, so it can ride in the page's #fragment. */
export const newToken = (): string => randomBytes(32).toString('base64url')

/** Constant-time comparison, so the token cannot be guessed byte by byte from timings. */
export function tokenMatches(expected: string, given: string | undefined | null): boolean {
  if (!given) return false
  const a = Buffer.from(expected)
  const b = Buffer.from(given)
  return a.length === b.length && timingSafeEqual(a, b)
}

/** The one path that may carry the token in its query string. */
export const EVENTS_PATH = '/api/events'

/**
 * The token from `Authorization: Bearer …`, or from `?token=` on the event stream only
 * (EventSource cannot set headers): anywhere else a token in a URL would end up in logs and
 * history for no reason.
 */
export function tokenOf(req: IncomingMessage, url: URL): string | null {
  const auth = req.headers.authorization
  if (auth?.startsWith('Bearer ')) return auth.slice(7).trim()
  return url.pathname === EVENTS_PATH ? url.searchParams.get('token') : null
}

/** A percent-decoded path segment, or null when the encoding is malformed (`%E0%A4%A`). */
export function decodePath(s: string): string | null {
  try {
    return decodeURIComponent(s)
  } catch {
    return null
  }
}

const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost']

/**
 * Rejects DNS rebinding: a page on evil.example resolving to 127.0.0.1 still sends
 * `Host: evil.example`, and a foreign page's fetch carries its own Origin.
 */
export function checkHostAndOrigin(req: IncomingMessage, port: number): string | null {
  const allowed = LOOPBACK_HOSTS.map((h) => `${h}:${port}`)
  const host = req.headers.host ?? ''
  if (!allowed.includes(host)) return `Host "${host}" is not this loopback server`
  const origin = req.headers.origin
  if (origin !== undefined && !allowed.map((h) => `http://${h}`).includes(origin))
    return `Origin "${origin}" is not this app`
  return null
}

/** The renderer's Content-Security-Policy, also sent as a header by the browser host. */
export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'"
].join('; ')
