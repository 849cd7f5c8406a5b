import { randomBytes } from 'node:crypto'
import {
  Repo,
  type PeerId,
  type StorageAdapterInterface,
  type StorageId
} from '@automerge/automerge-repo'
import type { TeamLink } from './join'
import { PinnedWebSocketAdapter, type LinkState } from './pinned-adapter'
import { shutdownRepo } from './shutdown'

export type MemberRepo = {
  repo: Repo
  adapter: PinnedWebSocketAdapter
  link(): LinkState
  /**
   * The server's storage id: the repo keys what the server acknowledged by it. Known once
   * connected; the link file keeps it, so the count of waiting changes survives a restart.
   */
  serverStorageId(): StorageId | undefined
  /** Subscribes to link changes; returns the function that unsubscribes. */
  onLink(listener: (s: LinkState) => void): () => void
  close(): Promise<void>
}

/**
 * A member's repo: local storage first, the team server as its one peer. Every document in it
 * is the team's, so all of them are offered to the server (which accepts only the library's).
 * The peer id starts with the member name, as the server requires.
 */
export function connectMemberRepo(
  link: TeamLink,
  storage: StorageAdapterInterface,
  onLink: (s: LinkState) => void = () => undefined
): MemberRepo {
  let state: LinkState = { kind: 'connecting' }
  const listeners = new Set<(s: LinkState) => void>([onLink])
  const adapter = new PinnedWebSocketAdapter(link, (s) => {
    state = s
    for (const l of listeners) l(s)
  })
  const repo = new Repo({
    storage,
    network: [adapter],
    peerId: `${link.name}:${randomBytes(6).toString('hex')}` as PeerId,
    sharePolicy: async () => true
  })
  let sid = link.serverStorageId
  return {
    repo,
    adapter,
    link: () => state,
    onLink: (l) => {
      listeners.add(l)
      return () => listeners.delete(l)
    },
    serverStorageId: () => {
      const peer = adapter.serverPeer()
      sid = (peer && repo.getStorageIdOfPeer(peer)) || sid
      return sid
    },
    close: () => shutdownRepo(repo)
  }
}
