import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { acquireLock } from '../host/lock'
import { startHost } from '../host/server'
import { cliDataDir, lockHeldMessage, openCliServices } from './context'

export type ServeOptions = { port?: number; onReady?: (url: string) => void }

/** `parallax serve`: the browser host on 127.0.0.1 until interrupted. */
export async function serveCommand(o: ServeOptions): Promise<number> {
  const dataDir = cliDataDir()
  await mkdir(dataDir, { recursive: true })
  // Taken before the store is opened: a second host must not even read a store being written.
  const lock = await acquireLock(dataDir)
  if (!lock.ok) {
    process.stderr.write(lockHeldMessage(dataDir, lock.holder))
    return 3
  }
  const services = await openCliServices()
  const host = await startHost({
    services,
    rendererDir: join(__dirname, '../renderer'),
    port: o.port
  })
  await lock.update({ url: host.url })
  process.stdout.write(`Parallax browser host is serving ${dataDir}\nOpen: ${host.url}\n`)
  o.onReady?.(host.url)
  await new Promise<void>((resolve) => {
    const stop = (): void => resolve()
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  })
  await host.close()
  await services.close()
  await lock.release()
  return 0
}
