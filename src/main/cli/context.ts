import { createServices, type Services } from '../services'
import { defaultHostDataDir, resolveDataDir, resolveSampleDir } from '../services/paths'

/** Opens the services over the data folder the command line uses (PARALLAX_DATA_DIR or ~/.parallax). */
export async function openCliServices(): Promise<Services> {
  const services = await createServices({
    dataDir: cliDataDir(),
    transport: 'http',
    version: __PARALLAX_VERSION__,
    sampleDir: resolveSampleDir(__dirname)
  })
  for (const n of services.notices) process.stderr.write(`parallax: ${n}\n`)
  return services
}

/** The data folder every command uses. */
export const cliDataDir = (): string => resolveDataDir(defaultHostDataDir())

/** Pads a table column to a width, cutting long values with an ellipsis. */
export const cell = (s: string, width: number): string =>
  s.length > width ? `${s.slice(0, width - 1)}…` : s.padEnd(width)
