import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { get } from 'node:https'
import {
  cbor,
  generateAutomergeUrl,
  parseAutomergeUrl,
  type AutomergeUrl
} from '@automerge/automerge-repo'
import * as A from '@automerge/automerge'
import WebSocket from 'ws'
import { parseInvite } from '../../../shared/team-invite'
import { joinFromInvite, shareLibrary } from '../client/join'
import { connectMemberRepo, type MemberRepo } from '../client/member-repo'
import { removeMember } from './members'
import { MemoryStorage } from '../usb/memory-storage'
import { testTeamServer, until } from './test-team'

type Lib = { name: string; listed: string[] }
let t: Awaited<ReturnType<typeof testTeamServer>>
let alice: MemberRepo
let lib: { url: AutomergeUrl; documentId: string }
const serverPeer = (): string => String(t.server.repo.peerId)

/** A raw WebSocket to /sync, as an attacker would open one. Resolves with how it ended. */
function raw(
  token: string | null,
  frames: (ws: WebSocket) => void
): Promise<{ status?: number; body?: string; code?: number; reason?: string }> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`${t.server.url.replace('https', 'wss')}/sync`, {
      rejectUnauthorized: false,
      headers: token ? { authorization: `Bearer ${token}` } : {}
    })
    ws.on('unexpected-response', (_req, res) => {
      let body = ''
      res.on('data', (c: Buffer) => (body += c.toString()))
      res.on('end', () => resolve({ status: res.statusCode, body }))
    })
    ws.on('open', () => frames(ws))
    ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() }))
    ws.on('error', () => undefined)
  })
}

const health = (): Promise<number> =>
  new Promise((resolve, reject) =>
    get(`${t.server.url}/health`, { rejectUnauthorized: false }, (res) => {
      res.resume()
      resolve(res.statusCode ?? 0)
    }).on('error', reject)
  )

const join = (ws: WebSocket, peerId: string): void =>
  ws.send(
    cbor.encode({
      type: 'join',
      senderId: peerId,
      peerMetadata: {},
      supportedProtocolVersions: ['1']
    })
  )

let aliceToken = ''
beforeAll(async () => {
  t = await testTeamServer()
  const invite = await t.invite('alice')
  aliceToken = (parseInvite(invite) as { ok: true; invite: { token: string } }).invite.token
  const link = await joinFromInvite(invite)
  alice = connectMemberRepo(link, new MemoryStorage())
  const h = alice.repo.create<Lib>({ name: 'Team', listed: [] })
  lib = { url: h.url, documentId: h.documentId }
  await shareLibrary(link, h.url)
  await until(() => t.server.repo.handles[h.documentId as never]?.isReady() === true)
})
afterAll(async () => {
  await alice.close()
  await t.stop()
})

describe('team server refuses', () => {
  it('an upgrade without a token, or with a wrong one, with a sentence saying so', async () => {
    const none = await raw(null, () => undefined)
    expect(none.status).toBe(401)
    expect(none.body).toMatch(/No member token/)
    const wrong = await raw('0'.repeat(64), () => undefined)
    expect(wrong.status).toBe(401)
    expect(wrong.body).toMatch(/not valid/)
    expect(await health()).toBe(200)
  })

  it("a peer id that is not the member's", async () => {
    const end = await raw(aliceToken, (ws) => join(ws, 'bob:1234'))
    expect(end.code).toBe(1008)
    expect(end.reason).toMatch(/not alice's/)
    expect(await health()).toBe(200)
  })

  it("another team's document: never served, never stored", async () => {
    // A document the server holds but the library does not list, and one it has never seen.
    const foreign = t.server.repo.create({ secret: 'other team' })
    const unknown = generateAutomergeUrl()
    const bob = connectMemberRepo(await joinFromInvite(await t.invite('bob')), new MemoryStorage())
    try {
      await expect(bob.repo.find(foreign.url)).rejects.toThrow(/unavailable/)
      await expect(bob.repo.find(unknown)).rejects.toThrow(/unavailable/)
      // A document pushed by a member but never listed stays out of the server.
      const stray = bob.repo.create({ stray: true })
      // Frames on one connection arrive in order: once a later edit of the library is on the
      // server, the stray push has been seen and held.
      const bobLib = await bob.repo.find<Lib>(lib.url)
      bobLib.change((d) => d.listed.push('after the stray'))
      await until(() =>
        (t.server.repo.handles[lib.documentId as never]?.doc() as Lib).listed.includes(
          'after the stray'
        )
      )
      expect(t.server.repo.handles[stray.documentId]).toBeUndefined()
    } finally {
      await bob.close()
    }
    expect(t.refusals.some((r) => /is not this team's/.test(r.reason))).toBe(true)
  })

  it('1,000 malformed frames: each refused, each connection closed, and the server lives', async () => {
    const peer = 'alice:fuzz'
    const docId = parseAutomergeUrl(lib.url).documentId
    const makers: ((i: number) => Uint8Array | string)[] = [
      (i) => new Uint8Array([0xff, 0x00, i & 0xff, 0x13]),
      () => cbor.encode(null),
      (i) => cbor.encode([i, 'x']),
      () => cbor.encode({ type: 7, senderId: peer }),
      () =>
        cbor.encode({
          type: 'sync',
          senderId: peer,
          targetId: serverPeer(),
          documentId: docId,
          data: new Uint8Array([1, 2, 3])
        }),
      () =>
        cbor.encode({
          type: 'sync',
          senderId: peer,
          targetId: serverPeer(),
          documentId: '../../etc',
          data: new Uint8Array([1])
        }),
      () => cbor.encode({ type: 'launch', senderId: peer, targetId: serverPeer() }),
      () =>
        cbor.encode({
          type: 'sync',
          senderId: 'alice:other',
          targetId: serverPeer(),
          documentId: docId,
          data: A.encodeSyncMessage({ heads: [], need: [], have: [], changes: [] })
        }),
      (i) => 'text frame ' + i,
      () =>
        cbor.encode({
          type: 'ephemeral',
          senderId: peer,
          targetId: serverPeer(),
          documentId: docId,
          data: 'x'
        })
    ]
    // Ten malformed frames per connection, sent before any answer: TCP keeps them ahead of
    // the close reply, so the server reads and refuses each one though the first closes it.
    const before = t.refusals.length
    let closed = 0
    for (let batch = 0; batch < 10; batch++) {
      const ends = await Promise.all(
        Array.from({ length: 10 }, (_, j) =>
          raw(aliceToken, (ws) => {
            join(ws, peer)
            for (let k = 0; k < makers.length; k++) ws.send(makers[k]!(batch * 100 + j * 10 + k))
          })
        )
      )
      closed += ends.filter((e) => e.code === 1008).length
    }
    expect(closed).toBe(100)
    expect(t.refusals.length - before).toBe(1000)
    expect(await health()).toBe(200)
    // And members still sync.
    alice.repo.find<Lib>(lib.url).then((h) => h.change((d) => d.listed.push('after the storm')))
    await until(() => {
      const h = t.server.repo.handles[lib.documentId as never]
      return (h?.doc() as Lib | undefined)?.listed.includes('after the storm') === true
    })
  }, 120_000)

  it("a reader's changes are dropped, while the reader still receives the editors'", async () => {
    const reader = connectMemberRepo(
      await joinFromInvite(await t.invite('rita', 'reader')),
      new MemoryStorage()
    )
    try {
      const mine = await reader.repo.find<Lib>(lib.url)
      mine.change((d) => d.listed.push('written by a reader'))
      const editors = await alice.repo.find<Lib>(lib.url)
      editors.change((d) => d.listed.push('written by an editor'))
      await until(() => mine.doc().listed.includes('written by an editor'))
      await until(() =>
        t.refusals.some((r) => r.member === 'rita' && /reader sent changes/.test(r.reason))
      )
      const server = t.server.repo.handles[lib.documentId as never]!.doc() as Lib
      expect(server.listed).not.toContain('written by a reader')
      expect(editors.doc().listed).not.toContain('written by a reader')
    } finally {
      await reader.close()
    }
  })

  it('a removed member: the live connection is closed and the token refused', async () => {
    const invite = await t.invite('mallory')
    const token = (parseInvite(invite) as { ok: true; invite: { token: string } }).invite.token
    const states: string[] = []
    const m = connectMemberRepo(await joinFromInvite(invite), new MemoryStorage(), (s) =>
      states.push(s.kind)
    )
    try {
      await until(() => states.includes('open'))
      await removeMember(t.dir, 'mallory')
      await until(
        () => states.at(-1) === 'refused' || states.lastIndexOf('offline') > states.indexOf('open')
      )
      const again = await raw(token, () => undefined)
      expect(again.status).toBe(401)
    } finally {
      await m.close()
    }
  })

  it('a server whose certificate is not the pinned one: the client refuses before sending the token', async () => {
    const other = await testTeamServer()
    try {
      const invite = (await t.invite('pat')).replace(
        /fingerprint=[0-9a-f]+/,
        `fingerprint=${other.server.fingerprint}`
      )
      await expect(joinFromInvite(invite)).rejects.toThrow(/not the pinned one/)
      // A member whose server was replaced by another one at the same address.
      const link = await joinFromInvite(await other.invite('pat'))
      const states: { kind: string; reason?: string }[] = []
      const r = connectMemberRepo({ ...link, server: t.server.url }, new MemoryStorage(), (s) =>
        states.push(s)
      )
      await until(() => states.some((s) => s.kind === 'refused'))
      await r.close()
      expect(states.find((s) => s.kind === 'refused')?.reason).toMatch(/certificate/)
      expect(t.refusals.some((x) => x.member === 'pat')).toBe(false)
    } finally {
      await other.stop()
    }
  })
})
