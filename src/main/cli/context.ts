import { mkdir } from 'node:fs/promises'
import { acquireLock } from '../host/lock'
import { createServices, type Services } from '../services'
import { defaultHostDataDir, resolveDataDir, resolveSampleDir } from '../services/paths'
import { EXIT } from './exit-codes'
import { clean, say } from './output'

/** Opens the services over the data folder the command line uses (PARALLAX_DATA_DIR or ~/.parallax). */
export async function openCliServices(): Promise<Services> {
  const services = await createServices({
    dataDir: cliDataDir(),
    transport: 'http',
    version: __PARALLAX_VERSION__,
    sampleDir: resolveSampleDir(__dirname)
  })
  for (const n of services.notices) say('', n)
  return services
}

/** The data folder every command uses. */
export const cliDataDir = (): string => resolveDataDir(defaultHostDataDir())

/** Pads a table column to a width, cutting long values with an ellipsis. */
export const cell = (s: string, width: number): string =>
  s.length > width ? `${s.slice(0, width - 1)}…` : s.padEnd(width)

/**
 * Runs a command that writes to the library, holding the data folder's lock so it never
 * writes under a running host. Returns 3 with a clear message when the lock is held.
 */
export function withLibraryLock(run: (services: Services) => Promise<number>): Promise<number> {
  return withDataDirLock(async () => {
    const services = await openCliServices()
    try {
      return await run(services)
    } finally {
      await services.close()
    }
  })
}

/** Runs with the data folder's lock held (and no services open); 3 when it is held. */
export async function withDataDirLock(run: (dataDir: string) => Promise<number>): Promise<number> {
  const dataDir = cliDataDir()
  await mkdir(dataDir, { recursive: true })
  const lock = await acquireLock(dataDir)
  if (!lock.ok) {
    process.stderr.write(clean(lockHeldMessage(dataDir, lock.holder)))
    return EXIT.locked
  }
  try {
    return await run(dataDir)
  } finally {
    await lock.release()
  }
}

/** What to tell the user when another Parallax holds the data folder. */
export const lockHeldMessage = (dataDir: string, holder: { pid: number; url?: string }): string =>
  `parallax: another Parallax (pid ${holder.pid}) already has the data folder ${dataDir} open` +
  (holder.url ? ` at ${holder.url.replace(/#.*/, '')}` : '') +
  '. Use that one, or stop it first; two processes must never write the same library.\n'
