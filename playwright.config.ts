import { defineConfig } from '@playwright/test'
import { electronBinary } from './scripts/electron-probe.cjs'
import { findChromium } from './scripts/chromium.cjs'

const electron = electronBinary()
// Workers load this file too; say it once, from the runner.
if (!process.env.TEST_WORKER_INDEX) {
  if ('reason' in electron)
    console.log(`[e2e] electron project: every test is skipped because ${electron.reason}.`)
  if (!findChromium())
    console.log('[e2e] web project: no Chromium found; install it with apt-get install chromium.')
}

export default defineConfig<{ transport: 'web' | 'electron' }>({
  testDir: 'e2e',
  // One worker: each test starts its own host on its own temporary data folder.
  workers: 1,
  fullyParallel: false,
  // Never retried, in CI or anywhere: a test that passes on its second try is a flaky test, and
  // it should fail where someone sees it. Speed budgets live in `npm run bench`, not here.
  retries: 0,
  // Limits only end a hung test; they are not speed budgets (those are in `npm run bench`). They
  // are generous so that a machine whose cores are shared with other work is slow, not red; the
  // cost is that a real failure takes up to a minute to report.
  timeout: 300_000,
  expect: { timeout: 60_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure' },
  projects: [
    { name: 'web', use: { transport: 'web' } },
    { name: 'electron', use: { transport: 'electron' } }
  ]
})
