import type { LibraryData } from '../services/library-schema'
import type { StoreLike } from '../services/store'
import type { DamagedChunk } from './atomic-storage'
import { TeamAnnotationFiles } from './team-annotations'
import { teamDir, type TeamConfig } from './team-config'
import { openTeamDocs, teamLibraryStore, type TeamDocs } from './team-library'
import { openTeamRepo, type TeamRepoOptions } from './team-repo'
import { TeamTextStore } from './team-texts'

/** A team library's implementations of the stores the services run on. */
export type TeamLibrary = {
  config: TeamConfig
  docs: TeamDocs
  store: StoreLike<LibraryData>
  texts: TeamTextStore
  annotationFiles: TeamAnnotationFiles
  /** Damaged chunks moved aside at load, for the analyst to read. */
  notices: string[]
  close(): Promise<void>
}

/**
 * Opens the team library of a data folder: its repo on the crash-atomic storage, its
 * documents, and the stores the library, annotation, link and decision services use.
 * `local` is the data folder's lowdb store, which keeps only local-only fields.
 */
export async function openTeamLibrary(
  dataDir: string,
  config: TeamConfig,
  local: StoreLike<LibraryData>,
  /** The network side (peer id, adapters, share policy) and read-only opening. */
  options: Omit<TeamRepoOptions, 'dir' | 'onDamaged'> = { network: [] }
): Promise<TeamLibrary> {
  const notices: string[] = []
  const onDamaged = (d: DamagedChunk): void =>
    void notices.push(
      `A damaged piece of the team library (${d.key.join('/')}) was moved to ${d.movedTo}; the rest loaded, and other analysts' copies can restore it.`
    )
  const team = openTeamRepo({ ...options, dir: teamDir(dataDir), onDamaged })
  const docs = await openTeamDocs(team, config.library, config.user)
  const texts = new TeamTextStore(docs)
  return {
    config,
    docs,
    store: teamLibraryStore(docs, local, (id) => texts.pendingUrl(id)),
    texts,
    annotationFiles: new TeamAnnotationFiles(docs),
    notices,
    close: () => team.close()
  }
}
