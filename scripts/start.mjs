// `npm start`: build, then open the Electron app, or fall back to the browser host.
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { homedir, tmpdir } from 'node:os'
import { join } from 'node:path'

const require = createRequire(import.meta.url)
const { electronBinary } = require('./electron-probe.cjs')
const { findChromium, CHROMIUM_FLAGS } = require('./chromium.cjs')
const root = join(import.meta.dirname, '..')

const build = spawnSync(
  process.execPath,
  [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'],
  {
    cwd: root,
    stdio: 'inherit'
  }
)
if (build.status !== 0) process.exit(build.status ?? 1)

const electron = electronBinary()
if (electron.path) {
  const child = spawn(electron.path, [root], { stdio: 'inherit' })
  child.on('exit', (code) => process.exit(code ?? 0))
} else {
  console.log(
    `Electron is not available here (${electron.reason}), so Parallax runs in your browser instead.`
  )
  const host = spawn(process.execPath, [join(root, 'out/main/cli.js'), 'serve'], {
    stdio: ['ignore', 'pipe', 'inherit']
  })
  host.stdout.on('data', (chunk) => {
    process.stdout.write(chunk)
    const url = /Open: (\S+)/.exec(chunk.toString())?.[1]
    if (url) openInChromium(url)
  })
  host.on('exit', (code) => process.exit(code ?? 0))
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => host.kill(sig))
}

function openInChromium(url) {
  const chromium = findChromium()
  const hasDisplay =
    process.platform !== 'linux' || process.env.DISPLAY || process.env.WAYLAND_DISPLAY
  if (!chromium || !hasDisplay) {
    console.log(
      chromium
        ? 'No display found; open the URL above in a browser on this machine.'
        : 'No Chromium found; open the URL above in your browser.'
    )
    return
  }
  const profile = join(
    process.env.PARALLAX_DATA_DIR || join(homedir(), '.parallax'),
    'chromium-profile'
  )
  try {
    mkdirSync(profile, { recursive: true })
  } catch {
    return console.log(
      `Could not create ${profile}; open the URL above yourself (${tmpdir()} is another place to try).`
    )
  }
  const root =
    typeof process.getuid === 'function' && process.getuid() === 0 ? ['--no-sandbox'] : []
  const args = [`--app=${url}`, `--user-data-dir=${profile}`, ...CHROMIUM_FLAGS, ...root]
  spawn(chromium, args, { stdio: 'ignore', detached: false }).on('error', (e) =>
    console.log(`Chromium did not start (${e.message}); open the URL above yourself.`)
  )
  console.log(`Opened Parallax in Chromium (${chromium}).`)
}
