import { getHeads } from '@automerge/automerge'
import {
  isValidDocumentId,
  Repo,
  type DocHandle,
  type DocumentId,
  type PeerId,
  type StorageAdapterInterface
} from '@automerge/automerge-repo'
import { MessageChannelNetworkAdapter } from '@automerge/automerge-repo-network-messagechannel'
import { shutdownRepo } from '../client/shutdown'

export type SyncReport = {
  /** Documents on either side. */
  documents: number
  /** Documents the stick gained changes in, and documents this side gained changes in. */
  toStick: number
  fromStick: number
  ms: number
}

const LIMIT_MS = 120_000

/**
 * Syncs every document of two storages through two repos joined by a MessageChannel, the same
 * sync automerge-repo runs over the network, until each document has the same heads on both
 * sides; then both are flushed. Throws if they have not converged within two minutes.
 */
export async function syncStorages(
  local: StorageAdapterInterface,
  stick: StorageAdapterInterface
): Promise<SyncReport> {
  const started = Date.now()
  const ids = [...new Set([...(await documentIds(local)), ...(await documentIds(stick))])].sort()
  const { port1, port2 } = new MessageChannel()
  const here = new Repo({
    storage: local,
    network: [new MessageChannelNetworkAdapter(port1)],
    peerId: 'usb-local' as PeerId,
    sharePolicy: async () => true
  })
  const there = new Repo({
    storage: stick,
    network: [new MessageChannelNetworkAdapter(port2)],
    peerId: 'usb-stick' as PeerId,
    sharePolicy: async () => true
  })
  try {
    await Promise.all([here.networkSubsystem.whenReady(), there.networkSubsystem.whenReady()])
    let toStick = 0
    let fromStick = 0
    for (const id of ids) {
      const [a, b] = await Promise.all([findOrNull(here, id), findOrNull(there, id)])
      const before = [heads(a), heads(b)]
      const [ha, hb] = await Promise.all([a ?? here.find(id), b ?? there.find(id)])
      await converged(ha, hb, started)
      if (heads(ha) !== before[0]) fromStick++
      if (heads(hb) !== before[1]) toStick++
    }
    return { documents: ids.length, toStick, fromStick, ms: Date.now() - started }
  } finally {
    await Promise.all([shutdownRepo(here), shutdownRepo(there)])
    port1.close()
    port2.close()
  }
}

/** The documents a storage holds: every key starts with its document id. */
async function documentIds(s: StorageAdapterInterface): Promise<DocumentId[]> {
  const ids = new Set<DocumentId>()
  for (const c of await s.loadRange([])) {
    const id = c.key[0]
    if (isValidDocumentId(id)) ids.add(id)
  }
  return [...ids]
}

/** The handle when this repo has the document on its own storage, else null (the peer has it). */
async function findOrNull(repo: Repo, id: DocumentId): Promise<DocHandle<unknown> | null> {
  const stored = await repo.storageSubsystem?.loadDoc(id)
  return stored ? repo.find(id) : null
}

const heads = (h: DocHandle<unknown> | null): string =>
  h?.isReady() ? getHeads(h.doc() as never).join(',') : ''

async function converged(
  a: DocHandle<unknown>,
  b: DocHandle<unknown>,
  started: number
): Promise<void> {
  while (heads(a) !== heads(b)) {
    if (Date.now() - started > LIMIT_MS)
      throw new Error(
        `The stick and this library did not converge on ${a.documentId} within ${LIMIT_MS / 1000} s.`
      )
    await new Promise((r) => setTimeout(r, 10))
  }
}
