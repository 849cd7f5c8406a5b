import { getChanges, getHeads, hasHeads, view, type Doc } from '@automerge/automerge'
import { decodeHeads, type DocHandle, type StorageId } from '@automerge/automerge-repo'
import type { TeamSyncStatus } from '../../../shared/team-status'
import type { MemberRepo } from './member-repo'

/**
 * The sync status of a member's repo: the link's state, and per document the local changes
 * the server has not acknowledged (its last heads, as the repo records them for the server's
 * storage id). Counted only for documents whose heads differ, so an idle library costs a
 * comparison per document.
 */
export async function syncStatus(
  m: MemberRepo,
  who: { member: string; server: string }
): Promise<TeamSyncStatus> {
  const link = m.link()
  const sid = m.serverStorageId()
  let waiting = 0
  let behind = false
  for (const handle of Object.values(m.repo.handles)) {
    if (!handle.isReady()) continue
    const r = pending(handle, await acknowledged(m, handle, sid))
    waiting += r.waiting
    behind ||= r.differs
  }
  if (link.kind === 'refused') return { state: 'refused', ...who, waiting, reason: link.reason }
  if (link.kind !== 'open')
    return {
      state: 'offline',
      ...who,
      waiting,
      reason: link.kind === 'offline' ? link.reason : 'connecting'
    }
  return behind ? { state: 'syncing', ...who, waiting } : { state: 'synced', ...who }
}

/**
 * The heads the server last reported for a document: from this session's sync, else from the
 * sync state the repo stored at the last one (its shared heads), else none.
 */
async function acknowledged(
  m: MemberRepo,
  handle: DocHandle<unknown>,
  sid: StorageId | undefined
): Promise<string[] | null> {
  if (!sid) return null
  const live = handle.getSyncInfo(sid)?.lastHeads
  if (live) return decodeHeads(live)
  const stored = await m.repo.storageSubsystem?.loadSyncState(handle.documentId, sid)
  return stored ? stored.sharedHeads : null
}

function pending(
  handle: DocHandle<unknown>,
  theirs: string[] | null
): { waiting: number; differs: boolean } {
  const doc = handle.doc() as Doc<unknown>
  const local = getHeads(doc)
  if (!theirs) return { waiting: getChanges(view(doc, []), doc).length, differs: true }
  if (sameHeads(local, theirs)) return { waiting: 0, differs: false }
  // The server's heads that this replica knows; what lies beyond them here has not reached it.
  const known = theirs.filter((h) => hasHeads(doc, [h]))
  return { waiting: getChanges(view(doc, known), doc).length, differs: true }
}

const sameHeads = (a: string[], b: string[]): boolean =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join()
