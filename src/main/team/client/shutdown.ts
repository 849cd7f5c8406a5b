import type { Repo } from '@automerge/automerge-repo'

/**
 * Disconnects a repo and writes every loaded document. `Repo.shutdown` flushes every handle,
 * and throws on one still requesting or unavailable; only ready documents have anything to save.
 */
export async function shutdownRepo(repo: Repo): Promise<void> {
  for (const adapter of repo.networkSubsystem.adapters) adapter.disconnect()
  const ready = Object.values(repo.handles).filter((h) => h.isReady())
  await repo.flush(ready.map((h) => h.documentId))
}
