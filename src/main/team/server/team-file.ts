import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { isValidAutomergeUrl, type AutomergeUrl } from '@automerge/automerge-repo'
import { writeFileAtomic } from '../../services/atomic-file'

/** team.json: which document is this team's library, once an editor has shared one. */
export type TeamFile = { version: 1; library: AutomergeUrl | null }

const FILE = 'team.json'

export async function readTeamFile(dir: string): Promise<TeamFile> {
  let text: string
  try {
    text = await readFile(join(dir, FILE), 'utf8')
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { version: 1, library: null }
    throw e
  }
  const t = JSON.parse(text) as TeamFile
  if (t?.version !== 1 || (t.library !== null && !isValidAutomergeUrl(t.library)))
    throw new Error(`${join(dir, FILE)} is not a Parallax team file.`)
  return t
}

export const writeTeamFile = (dir: string, t: TeamFile): Promise<void> =>
  writeFileAtomic(join(dir, FILE), `${JSON.stringify(t, null, 2)}\n`)
