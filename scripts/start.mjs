// `npm start`: build, then open the Electron app, or fall back to the browser host.
import { spawn, spawnSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { homedir } from 'node:os'
import { join } from 'node:path'

const require = createRequire(import.meta.url)
const { obtainElectron } = require('./electron-probe.cjs')
const { findChromium, openInChromium } = require('./chromium.cjs')
const root = join(import.meta.dirname, '..')
// Long enough for a download on an ordinary connection, short enough that a machine which
// cannot reach Electron's download host reaches the browser host while the user still waits.
const ELECTRON_FETCH_MS = 30_000

const build = spawnSync(
  process.execPath,
  [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'],
  { cwd: root, stdio: 'inherit' }
)
if (build.status !== 0) process.exit(build.status ?? 1)

const electron = await obtainElectron({ timeoutMs: ELECTRON_FETCH_MS, log: console.log })
if (electron.path) {
  const child = spawn(electron.path, [root], { stdio: 'inherit' })
  child.on('exit', (code) => process.exit(code ?? 0))
} else {
  console.log(
    `Electron is not available here (${electron.reason}), so Parallax runs in your browser instead.`
  )
  serveInBrowser()
}

function serveInBrowser() {
  const dataDir = process.env.PARALLAX_DATA_DIR || join(homedir(), '.parallax')
  let launcher = null
  let opened = false
  const host = spawn(process.execPath, [join(root, 'out/main/cli.js'), 'serve'], {
    stdio: ['ignore', 'pipe', 'inherit']
  })
  host.stdout.on('data', (chunk) => {
    process.stdout.write(chunk)
    const url = /Open: (\S+)/.exec(chunk.toString())?.[1]
    if (!url || opened) return
    opened = true
    const result = openInChromium({
      url,
      dataDir,
      chromium: findChromium(),
      hasDisplay: Boolean(
        process.platform !== 'linux' || process.env.DISPLAY || process.env.WAYLAND_DISPLAY
      ),
      isRoot: typeof process.getuid === 'function' && process.getuid() === 0
    })
    launcher = result.launcher
    console.log(result.message)
  })
  host.on('exit', (code) => {
    // The launcher holds the token; it is useless, and should not linger, once the host is gone.
    if (launcher) rmSync(launcher, { force: true })
    process.exit(code ?? 0)
  })
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => host.kill(sig))
}
