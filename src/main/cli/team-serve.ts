import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { colonFingerprint } from '../../shared/team-invite'
import { acquireLock } from '../host/lock'
import { AtomicFsStorage } from '../team/atomic-storage'
import { startTeamServer } from '../team/server/server'
import { lockHeldMessage } from './context'
import { EXIT } from './exit-codes'
import { out, say } from './output'
import { ADDRESS_FILE, advertisedHost } from './team-members'

const BINDS = ['127.0.0.1', '0.0.0.0']

/** The team server's documents, inside its data folder. */
export const serverRepoDir = (data: string): string => join(data, 'repo')

/** `parallax team serve --data DIR [--port 7420] [--bind 127.0.0.1|0.0.0.0]`, until SIGINT/SIGTERM. */
export async function teamServeCommand(a: {
  data: string
  port?: string
  bind?: string
  onReady?: (url: string) => void
}): Promise<number> {
  const port = a.port === undefined ? 7420 : Number(a.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    return usage(`--port must be a port number, not "${a.port}".`)
  const bind = a.bind ?? '127.0.0.1'
  if (!BINDS.includes(bind))
    return usage('--bind is 127.0.0.1 (this machine only) or 0.0.0.0 (the LAN).')
  await mkdir(a.data, { recursive: true, mode: 0o700 })
  const lock = await acquireLock(a.data)
  if (!lock.ok) {
    process.stderr.write(lockHeldMessage(a.data, lock.holder))
    return EXIT.locked
  }
  const storage = new AtomicFsStorage(serverRepoDir(a.data), (d) =>
    say('team serve', `a damaged chunk of ${d.key.join('/')} was moved to ${d.movedTo}`)
  )
  let server
  try {
    server = await startTeamServer({
      dataDir: a.data,
      storage,
      port,
      bind,
      onRefusal: (r) => say('team serve', `refused ${r.member}: ${r.reason}`)
    })
  } catch (e) {
    await lock.release()
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'EADDRINUSE') return failed(`port ${port} is in use: pick another with --port.`)
    if (code === 'EADDRNOTAVAIL') return failed(`${bind} is not an address of this machine.`)
    throw e
  }
  const address = `https://${advertisedHost(bind)}:${server.port}`
  await writeFile(join(a.data, ADDRESS_FILE), `${address}\n`)
  await lock.update({ url: address })
  out(`Parallax team server for ${a.data}
  address      ${address}${bind === '127.0.0.1' ? ' (this machine only; --bind 0.0.0.0 for the LAN)' : ''}
  fingerprint  ${colonFingerprint(server.fingerprint)}
  health       ${address}/health
Add a member:  parallax team add-member NAME --role editor --data ${a.data}
Stop with Ctrl+C (or SIGTERM): documents are flushed first.
`)
  a.onReady?.(server.url)
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve)
    process.once('SIGTERM', resolve)
  })
  await server.close()
  await storage.close()
  await lock.release()
  say('team serve', 'stopped; every document is on disk.')
  return EXIT.ok
}

function usage(message: string): number {
  say('team serve', message)
  return EXIT.usage
}

function failed(message: string): number {
  say('team serve', message)
  return EXIT.failed
}
