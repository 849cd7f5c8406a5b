import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { test as base, chromium, _electron, type Page } from '@playwright/test'
import { electronBinary } from '../scripts/electron-probe.cjs'
import { CHROMIUM_FLAGS, findChromium } from '../scripts/chromium.cjs'

export type Transport = 'web' | 'electron'

export type AppHandle = {
  page: Page
  dataDir: string
  /** Browser host only: its origin and token. */
  origin?: string
  token?: string
  /** Reloads the app as a user would (F5 / a restart of the window). */
  reload(): Promise<void>
}

const ROOT = resolve(__dirname, '..')

/** Starts `parallax serve` on a fresh data folder and resolves with its printed URL. */
export async function startHost(
  dataDir: string,
  env: NodeJS.ProcessEnv = {}
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [join(ROOT, 'out/main/cli.js'), 'serve'], {
    env: { ...process.env, PARALLAX_DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  // No clock of its own: on a busy machine the host may take long to start, and the test's
  // timeout already bounds the wait.
  const url = await new Promise<string>((resolveUrl, reject) => {
    let out = ''
    const onData = (b: Buffer): void => {
      out += b.toString()
      const m = /Open: (\S+)/.exec(out)
      if (m?.[1]) resolveUrl(m[1])
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('exit', (code) => reject(new Error(`host exited with ${code}: ${out}`)))
  })
  return { child, url }
}

export const test = base.extend<{ transport: Transport; app: AppHandle }>({
  transport: ['web', { option: true }],
  app: async ({ transport }, use, testInfo) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'parallax-e2e-'))
    try {
      if (transport === 'electron') {
        const probe = electronBinary()
        testInfo.skip(
          !probe.path,
          `Electron binary unavailable: ${'reason' in probe ? probe.reason : ''}`
        )
        const app = await _electron.launch({
          // Without it Playwright requires the electron package, which downloads on first use.
          executablePath: probe.path ?? undefined,
          args: [join(ROOT, 'out/main/index.js')],
          env: { ...process.env, PARALLAX_DATA_DIR: dataDir }
        })
        const page = await app.firstWindow()
        await use({ page, dataDir, reload: async () => void (await page.reload()) })
        await app.close()
        return
      }
      const executablePath = findChromium()
      testInfo.skip(
        !executablePath,
        'No Chromium: install it with apt-get install chromium or set PARALLAX_CHROMIUM'
      )
      const { child, url } = await startHost(dataDir)
      const browser = await chromium.launch({
        executablePath: executablePath ?? undefined,
        args: ['--no-sandbox', ...CHROMIUM_FLAGS]
      })
      // A context of its own, not browser.newPage(): the axe check needs one to open its pages.
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } })
      const page = await context.newPage()
      await page.goto(url)
      const u = new URL(url)
      const token = /token=([^&]+)/.exec(u.hash)?.[1]
      await use({
        page,
        dataDir,
        origin: u.origin,
        token,
        reload: async () => void (await page.reload())
      })
      await browser.close()
      child.kill('SIGTERM')
      await new Promise((r) => child.once('exit', r))
    } finally {
      rmSync(dataDir, { recursive: true, force: true })
    }
  }
})

export { expect } from '@playwright/test'
