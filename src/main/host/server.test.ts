import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ParallaxApi } from '../../shared/contract'
import { ok } from '../../shared/result'
import type { Services } from '../services'
import { EventHub } from '../services/events'
import { startHost, type Host } from './server'

const calls: unknown[][] = []
const api = {
  appInfo: async () =>
    ok({
      name: 'Parallax',
      version: 't',
      dataDir: '/d',
      transport: 'http',
      articleCount: 1,
      notices: []
    }),
  listArticles: async (q) => {
    calls.push([q])
    return ok([])
  },
  openArticle: async (id) => {
    calls.push([id])
    return ok({ id } as never)
  }
} as Partial<ParallaxApi> as ParallaxApi
const services = { api, events: new EventHub() } as unknown as Services

let host: Host
let root: string
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'parallax-host-'))
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Parallax</title>')
  host = await startHost({ services, rendererDir: root, maxBody: 4096 })
})
afterAll(async () => {
  await host.close()
  rmSync(root, { recursive: true, force: true })
})

type Reply = { status: number; body: string; headers: Record<string, unknown> }
function send(
  path: string,
  o: { method?: string; headers?: Record<string, string>; body?: string } = {}
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: host.port, path, method: o.method ?? 'POST', headers: o.headers },
      (res) => {
        let body = ''
        res.on('data', (c) => (body += c))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }))
      }
    )
    req.on('error', reject)
    if (o.body !== undefined) req.write(o.body)
    req.end()
  })
}
const json = { 'Content-Type': 'application/json' }
const auth = (): Record<string, string> => ({ ...json, Authorization: `Bearer ${host.token}` })
const listCall = (headers: Record<string, string>, body = '{"args":[]}') =>
  send('/api/articles:list', { headers, body })

describe('browser host', () => {
  it('listens on 127.0.0.1 only and prints a URL carrying a 256-bit token', () => {
    expect(host.server.address()).toMatchObject({ address: '127.0.0.1' })
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]{43}$/)
  })

  it('answers a call that carries the token', async () => {
    const r = await listCall(auth())
    expect(r.status).toBe(200)
    expect(JSON.parse(r.body)).toEqual({ ok: true, value: [] })
  })

  it('serves the static shell without a token, with a strict CSP', async () => {
    const r = await send('/', { method: 'GET' })
    expect(r.status).toBe(200)
    expect(r.body).toContain('<title>Parallax</title>')
    expect(String(r.headers['content-security-policy'])).toContain("script-src 'self'")
  })

  const refusals: [string, () => Promise<Reply>, number][] = [
    ['no token', () => listCall(json), 401],
    ['a wrong token', () => listCall({ ...json, Authorization: 'Bearer wrong' }), 401],
    ['a foreign Origin', () => listCall({ ...auth(), Origin: 'http://evil.example' }), 403],
    ['Host: evil.example', () => listCall({ ...auth(), Host: 'evil.example' }), 403],
    [
      'an oversized body',
      () => listCall(auth(), JSON.stringify({ args: ['x'.repeat(5000)] })),
      413
    ],
    ['malformed JSON', () => listCall(auth(), '{"args": ['), 400],
    [
      'arguments that break the contract',
      () => send('/api/articles:open', { headers: auth(), body: '{"args":["../../etc/passwd"]}' }),
      400
    ],
    [
      'a form post',
      () => listCall({ ...auth(), 'Content-Type': 'application/x-www-form-urlencoded' }),
      415
    ],
    [
      'the token in the query string of an API call',
      () => send(`/api/articles:list?token=${host.token}`, { headers: json, body: '{"args":[]}' }),
      401
    ],
    [
      'malformed percent-encoding in a channel',
      () => send('/api/articles%E0%A4%A', { headers: auth(), body: '{"args":[]}' }),
      400
    ],
    [
      'malformed percent-encoding in a static path',
      () => send('/%E0%A4%A', { method: 'GET' }),
      400
    ],
    [
      'an unknown channel',
      () => send('/api/fs:read', { headers: auth(), body: '{"args":[]}' }),
      404
    ]
  ]
  for (const [label, go, status] of refusals) {
    it(`refuses ${label} with ${status} and reaches no service`, async () => {
      const before = calls.length
      const r = await go()
      expect(r.status).toBe(status)
      expect(JSON.parse(r.body).ok).toBe(false)
      expect(calls.length).toBe(before)
    })
  }

  it('still takes the token from the query string on the event stream', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: host.port, path: `/api/events?token=${host.token}` },
        (res) => {
          resolve(res.statusCode ?? 0)
          req.destroy()
        }
      )
      req.on('error', reject)
      req.end()
    })
    expect(status).toBe(200)
  })

  it('does not serve files outside the renderer folder', async () => {
    const r = await send('/..%2F..%2Fetc%2Fpasswd', { method: 'GET' })
    expect(r.status).toBe(404)
    expect(r.body).not.toContain('root:')
  })
})
