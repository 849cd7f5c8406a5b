import type { spawn } from 'node:child_process'

export function findChromium(env?: Record<string, string | undefined>): string | null
export const CHROMIUM_FLAGS: readonly string[]
export function writeLauncher(dir: string, url: string): string
export function openInChromium(options: {
  url: string
  dataDir: string
  chromium: string | null
  hasDisplay: boolean
  isRoot?: boolean
  spawn?: typeof spawn
  onError?: (line: string) => void
}): { message: string; launcher: string | null }
