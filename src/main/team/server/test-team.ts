import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { formatInvite, type TeamRole } from '../../../shared/team-invite'
import { addMember } from './members'
import { startTeamServer, type TeamServer } from './server'
import type { Refusal } from './gated-adapter'
import { MemoryStorage } from '../../../../test-support/memory-storage'

/** A team server on 127.0.0.1 and a random port, in a fresh folder, with its refusals recorded. */
export async function testTeamServer(): Promise<{
  server: TeamServer
  dir: string
  refusals: Refusal[]
  invite(name: string, role?: TeamRole): Promise<string>
  stop(): Promise<void>
}> {
  const dir = await mkdtemp(join(tmpdir(), 'parallax-team-'))
  const refusals: Refusal[] = []
  const server = await startTeamServer({
    dataDir: dir,
    storage: new MemoryStorage(),
    port: 0,
    bind: '127.0.0.1',
    onRefusal: (r) => refusals.push(r)
  })
  return {
    server,
    dir,
    refusals,
    invite: async (name, role = 'editor') =>
      formatInvite({
        server: server.url,
        name,
        role,
        token: await addMember(dir, name, role),
        fingerprint: server.fingerprint
      }),
    stop: async () => {
      await server.close()
      await rm(dir, { recursive: true, force: true })
    }
  }
}

/** Polls `check` until it holds, at most `limitMs`; never sleeps blindly. */
export async function until(
  check: () => boolean | Promise<boolean>,
  limitMs = 15_000
): Promise<void> {
  const end = Date.now() + limitMs
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`condition not met within ${limitMs} ms`)
    await new Promise((r) => setTimeout(r, 20))
  }
}
