export type ElectronProbe = { path: string } | { path: null; reason: string }
export function electronBinary(): ElectronProbe
export function obtainElectron(options: {
  timeoutMs: number
  log?: (line: string) => void
}): Promise<ElectronProbe>
