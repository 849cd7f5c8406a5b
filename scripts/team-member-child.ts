/**
 * One analyst's machine for the team partition test: a member repo on the crash-atomic storage
 * in its own folder, driven by JSON commands on stdin, one JSON answer per line on stdout.
 */
import { createInterface } from 'node:readline'
import { getHeads, splice } from '@automerge/automerge'
import type { AutomergeUrl, DocHandle } from '@automerge/automerge-repo'
import { AtomicFsStorage } from '../src/main/team/atomic-storage'
import { joinFromInvite, shareLibrary, type TeamLink } from '../src/main/team/client/join'
import { connectMemberRepo, type MemberRepo } from '../src/main/team/client/member-repo'
import { initAutomergeUnderTsx } from './automerge-under-tsx'

/** The document every replica edits: each conflict case of the issue in one place. */
export type PartitionDoc = {
  note: string
  tags: Record<string, boolean>
  color: string
  deletedAt: string | null
  edits: Record<string, string>
}

type Command =
  | { cmd: 'join'; invite: string; dir: string }
  | { cmd: 'resume'; link: TeamLink; dir: string }
  | { cmd: 'share' }
  | { cmd: 'open'; url: AutomergeUrl }
  | { cmd: 'edit'; who: string; kind: 'note' | 'tag' | 'color' | 'delete' | 'entry' }
  | { cmd: 'state' }
  | { cmd: 'link' }

let member: MemberRepo | null = null
let storage: AtomicFsStorage | null = null
let handle: DocHandle<PartitionDoc> | null = null
let link: TeamLink | null = null

async function run(c: Command): Promise<unknown> {
  switch (c.cmd) {
    case 'join':
    case 'resume':
      link = c.cmd === 'join' ? await joinFromInvite(c.invite) : c.link
      storage = new AtomicFsStorage(c.dir)
      member = connectMemberRepo(link, storage)
      return { link }
    case 'share': {
      handle = member!.repo.create<PartitionDoc>({
        note: 'Agreed text.',
        tags: { wire: true },
        color: 'yellow',
        deletedAt: null,
        edits: {}
      })
      link = await shareLibrary(link!, handle.url)
      await member!.repo.flush([handle.documentId])
      return { url: handle.url }
    }
    case 'open':
      handle = await member!.repo.find<PartitionDoc>(c.url)
      return { ok: true }
    case 'edit': {
      const h = handle!
      h.change((d) => {
        if (c.kind === 'note') splice(d, ['note'], 0, 0, `${c.who} `)
        else if (c.kind === 'tag') d.tags[c.who] = true
        else if (c.kind === 'color') d.color = c.who
        else if (c.kind === 'delete') d.deletedAt = `deleted by ${c.who}`
        else d.edits[`${c.who}-${Object.keys(d.edits).length}`] = c.who
      })
      // Acknowledged only once on disk, as the app does.
      await member!.repo.flush([h.documentId])
      return { ok: true }
    }
    case 'state':
      return handle?.isReady()
        ? { heads: getHeads(handle.doc()).sort().join(','), value: handle.doc() }
        : { heads: '', value: null }
    case 'link':
      return member!.link()
  }
}

const ready = initAutomergeUnderTsx()
const lines = createInterface({ input: process.stdin })
lines.on('line', (line) => {
  const c = JSON.parse(line) as Command
  ready
    .then(() => run(c))
    .then(
      (r) => process.stdout.write(`${JSON.stringify({ ok: true, r })}\n`),
      (e: Error) => process.stdout.write(`${JSON.stringify({ ok: false, error: e.message })}\n`)
    )
})
lines.on('close', () => {
  void (async () => {
    await member?.close()
    await storage?.close()
    process.exit(0)
  })()
})
