import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { formatInvite, type TeamRole } from '../../../shared/team-invite'
import { addMember } from './members'
import { startTeamServer, type TeamServer } from './server'
import type { Refusal } from './gated-adapter'
import { MemoryStorage } from '../usb/memory-storage'

export type TestTeam = {
  server: TeamServer
  dir: string
  refusals: Refusal[]
  invite(name: string, role?: TeamRole): Promise<string>
  /** Stops the server (a partition); `restart` brings it back on the same port and storage. */
  halt(): Promise<void>
  restart(): Promise<void>
  stop(): Promise<void>
}

/** A team server on 127.0.0.1 and a random port, in a fresh folder, with its refusals recorded. */
export async function testTeamServer(): Promise<TestTeam> {
  const dir = await mkdtemp(join(tmpdir(), 'parallax-team-'))
  const refusals: Refusal[] = []
  const storage = new MemoryStorage()
  const start = (port: number): Promise<TeamServer> =>
    startTeamServer({
      dataDir: dir,
      storage,
      port,
      bind: '127.0.0.1',
      onRefusal: (r) => refusals.push(r)
    })
  let server = await start(0)
  let running = true
  return {
    get server() {
      return server
    },
    dir,
    refusals,
    halt: async () => {
      if (running) await server.close()
      running = false
    },
    restart: async () => {
      server = await start(server.port)
      running = true
    },
    invite: async (name, role = 'editor') =>
      formatInvite({
        server: server.url,
        name,
        role,
        token: await addMember(dir, name, role),
        fingerprint: server.fingerprint
      }),
    stop: async () => {
      if (running) await server.close()
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
