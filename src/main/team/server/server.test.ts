import { afterEach, describe, expect, it } from 'vitest'
import type { AutomergeUrl } from '@automerge/automerge-repo'
import { joinFromInvite, shareLibrary } from '../client/join'
import { connectMemberRepo, type MemberRepo } from '../client/member-repo'
import { monitorStatus } from '../client/status-monitor'
import { teamStatusLabel, type TeamSyncStatus } from '../../../shared/team-status'
import { MemoryStorage } from '../usb/memory-storage'
import { testTeamServer, until } from './test-team'

type Lib = { name: string; articles: Record<string, { annotationsDoc: string }> }
type Notes = { notes: Record<string, string> }

const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c()
})

async function member(
  t: Awaited<ReturnType<typeof testTeamServer>>,
  name: string,
  role: 'editor' | 'reader' = 'editor'
): Promise<MemberRepo> {
  const link = await joinFromInvite(await t.invite(name, role))
  const r = connectMemberRepo(link, new MemoryStorage())
  cleanups.push(() => r.close())
  return r
}

describe('team server', () => {
  it('syncs a library and a document it lists between two members', async () => {
    const t = await testTeamServer()
    cleanups.push(() => t.stop())
    const alice = await member(t, 'alice')
    const bob = await member(t, 'bob')
    const notes = alice.repo.create<Notes>({ notes: { n1: 'from alice' } })
    const lib = alice.repo.create<Lib>({
      name: 'Team',
      articles: { a1: { annotationsDoc: notes.url } }
    })
    await shareLibrary(await joinFromInvite(await t.invite('carol')), lib.url)
    await until(() => t.server.repo.handles[lib.documentId]?.isReady() === true)
    const bobLib = await bob.repo.find<Lib>(lib.url as AutomergeUrl)
    await until(() => bobLib.doc().articles?.a1 !== undefined)
    const bobNotes = await bob.repo.find<Notes>(
      bobLib.doc().articles.a1!.annotationsDoc as AutomergeUrl
    )
    expect(bobNotes.doc().notes.n1).toBe('from alice')
  })
})

describe('sync status', () => {
  it('synced, then offline with the changes waiting, then synced again when the server returns', async () => {
    const t = await testTeamServer()
    cleanups.push(() => t.stop())
    const link = await joinFromInvite(await t.invite('alice'))
    const alice = connectMemberRepo(link, new MemoryStorage())
    cleanups.push(() => alice.close())
    const seen: TeamSyncStatus[] = []
    const monitor = monitorStatus(
      alice,
      { member: 'alice', server: link.server },
      (s) => seen.push(s),
      50
    )
    cleanups.push(async () => monitor.stop())
    const lib = alice.repo.create<Lib>({ name: 'Team', articles: {} })
    await shareLibrary(link, lib.url)
    await until(() => monitor.current().state === 'synced')

    await t.halt()
    await until(() => monitor.current().state === 'offline')
    lib.change((d) => (d.name = 'Team, renamed offline'))
    lib.change((d) => (d.articles.a1 = { annotationsDoc: '' }))
    await until(() => {
      const s = monitor.current()
      return s.state === 'offline' && s.waiting === 2
    })
    expect(teamStatusLabel(monitor.current())).toBe('Offline · 2 changes waiting')

    await t.restart()
    await until(() => monitor.current().state === 'synced')
    const server = t.server.repo.handles[lib.documentId]?.doc() as Lib | undefined
    expect(server?.name).toBe('Team, renamed offline')
    expect(seen.map((s) => s.state)).toEqual(
      expect.arrayContaining(['synced', 'offline', 'synced'])
    )
  })
})
