import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AutomergeUrl } from '@automerge/automerge-repo'
import { afterEach, expect, it } from 'vitest'
import { imm, type Imm } from './shapes'
import { openTeamRepo } from './team-repo'

const dirs: string[] = []
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

it('a committed change is on disk when commit resolves, before any shutdown', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'px-team-repo-'))
  dirs.push(dir)
  const writer = openTeamRepo({ dir, network: [] })
  const h = writer.repo.create<{ colors: Record<string, Imm> }>({ colors: {} })
  await writer.commit(h, (d) => void (d.colors['an-1'] = imm('yellow')))
  // A second repo over the same folder sees only what reached the disk.
  const reader = openTeamRepo({ dir, network: [] })
  const seen = await reader.repo.find<{ colors: Record<string, Imm> }>(h.url as AutomergeUrl)
  expect(seen.doc().colors['an-1']?.val).toBe('yellow')
  await reader.close()
  await writer.close()
})
