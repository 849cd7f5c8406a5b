import { Repo, type DocHandle, type RepoConfig } from '@automerge/automerge-repo'
import { AtomicFsStorage, type DamagedChunk } from './atomic-storage'

export type TeamRepoOptions = Omit<RepoConfig, 'storage'> & {
  /** The folder the repo's documents live in (created when missing). */
  dir: string
  /** Told about every stored chunk that failed its checksum and was moved aside. */
  onDamaged?: (d: DamagedChunk) => void
  /** Opens without writing anything (read-only commands beside a running app). */
  readOnly?: boolean
}

export type TeamRepo = {
  repo: Repo
  storage: AtomicFsStorage
  /**
   * Applies `change` to the document and resolves once it is durably on disk: the only way a
   * team write may be acknowledged. A failed write rejects (the change stays in memory and
   * is written by the next save or flush).
   */
  commit<T>(handle: DocHandle<T>, change: (doc: T) => void): Promise<void>
  /** Flushes every document, stops the network and waits for the last write. */
  close(): Promise<void>
}

/** An automerge-repo Repo over the crash-atomic storage in `dir`. */
export function openTeamRepo(o: TeamRepoOptions): TeamRepo {
  const { dir, onDamaged, readOnly, ...config } = o
  const storage = new AtomicFsStorage(dir, onDamaged, readOnly)
  const repo = new Repo({ ...config, storage })
  return {
    repo,
    storage,
    commit: async (handle, change) => {
      handle.change(change)
      await repo.flush([handle.documentId])
    },
    close: async () => {
      await repo.shutdown()
      await storage.close()
    }
  }
}
