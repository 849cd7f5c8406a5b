import { afterEach, describe, expect, it } from 'vitest'
import type { AutomergeUrl } from '@automerge/automerge-repo'
import { joinFromInvite, shareLibrary } from '../client/join'
import { connectMemberRepo, type MemberRepo } from '../client/member-repo'
import { MemoryStorage } from '../../../../test-support/memory-storage'
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
