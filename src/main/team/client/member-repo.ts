import { randomBytes } from 'node:crypto'
import { Repo, type PeerId, type StorageAdapterInterface } from '@automerge/automerge-repo'
import type { TeamLink } from './join'
import { PinnedWebSocketAdapter, type LinkState } from './pinned-adapter'
import { shutdownRepo } from './shutdown'

export type MemberRepo = {
  repo: Repo
  adapter: PinnedWebSocketAdapter
  /** The server's peer id while connected. */
  link(): LinkState
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
  const adapter = new PinnedWebSocketAdapter(link, (s) => {
    state = s
    onLink(s)
  })
  const repo = new Repo({
    storage,
    network: [adapter],
    peerId: `${link.name}:${randomBytes(6).toString('hex')}` as PeerId,
    sharePolicy: async () => true
  })
  return {
    repo,
    adapter,
    link: () => state,
    close: () => shutdownRepo(repo)
  }
}
