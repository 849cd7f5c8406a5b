import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

/** Present in a data folder once its library was shared; its absence means a solo library. */
export const TEAM_FILE = 'team.json'

/** Which team library this data folder holds, and who the analyst is in it. */
export type TeamConfig = {
  /** automerge: URL of the library document. */
  library: string
  /** This analyst's user name in the team. */
  user: string
  /** ISO timestamp of the conversion or the join. */
  sharedAt: string
}

/** The folder of the data folder's team repo. */
export const teamDir = (dataDir: string): string => join(dataDir, 'team')

/** The team config of a data folder, or null for a solo library (one read of a small file). */
export async function readTeamConfig(dataDir: string): Promise<TeamConfig | null> {
  let raw: string
  try {
    raw = await readFile(join(dataDir, TEAM_FILE), 'utf8')
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw e
  }
  const c = JSON.parse(raw) as Partial<TeamConfig>
  if (typeof c.library !== 'string' || !c.library.startsWith('automerge:') || !c.user)
    throw new Error(`${TEAM_FILE} in ${dataDir} is damaged: it does not name a team library.`)
  return c as TeamConfig
}
