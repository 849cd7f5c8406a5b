// Finds or fetches the Electron binary for `npm start` and Playwright.
// Since Electron 42 the npm package has no install script: `require('electron')` downloads the
// binary on first use, synchronously and with no time limit. Nothing here calls it; this file
// reads the same path.txt the package writes, and runs its installer under a deadline instead.
const { spawn } = require('node:child_process')
const { setTimeout, clearTimeout } = require('node:timers')
const { existsSync, readFileSync } = require('node:fs')
const { dirname, join } = require('node:path')

function packageDir() {
  try {
    return dirname(require.resolve('electron/package.json'))
  } catch {
    return null
  }
}

/**
 * The installed Electron binary, without starting or downloading anything.
 * @returns {{ path: string } | { path: null, reason: string }}
 */
function electronBinary() {
  const dir = packageDir()
  if (!dir) return { path: null, reason: 'the electron package is not installed' }
  const pathTxt = join(dir, 'path.txt')
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH
  if (!existsSync(pathTxt) && !override)
    return { path: null, reason: 'the Electron binary has not been downloaded yet' }
  const relative = existsSync(pathTxt) ? readFileSync(pathTxt, 'utf8').trim() : 'electron'
  const path = join(override || join(dir, 'dist'), relative)
  if (!existsSync(path)) return { path: null, reason: `${path} does not exist` }
  return { path }
}

/**
 * Runs the electron package's own installer (downloads to dist/, writes path.txt) and gives up
 * after `timeoutMs`, so a machine that cannot reach the download host waits seconds, not
 * minutes. Never rejects.
 * @param {{ timeoutMs: number, log?: (line: string) => void }} options
 * @returns {Promise<{ path: string } | { path: null, reason: string }>}
 */
async function obtainElectron({ timeoutMs, log = () => {} }) {
  const found = electronBinary()
  const dir = packageDir()
  if (found.path || !dir) return found
  log(`Fetching Electron (at most ${Math.round(timeoutMs / 1000)} s)...`)
  const outcome = await new Promise((resolve) => {
    let stderr = ''
    const child = spawn(process.execPath, [join(dir, 'install.js')], {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'pipe']
    })
    child.stderr.on('data', (b) => (stderr = (stderr + b.toString()).slice(-2000)))
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      resolve(`it could not be downloaded within ${Math.round(timeoutMs / 1000)} s`)
    }, timeoutMs)
    child.on('error', (e) => {
      clearTimeout(timer)
      resolve(`its installer did not start (${e.message})`)
    })
    child.on('exit', (code) => {
      clearTimeout(timer)
      resolve(
        code === 0 ? null : `its download failed (${firstErrorLine(stderr) || `exit ${code}`})`
      )
    })
  })
  const after = electronBinary()
  if (after.path || !outcome) return after
  return { path: null, reason: outcome }
}

function firstErrorLine(text) {
  return (
    text
      .split('\n')
      .map((l) => l.trim())
      .find((l) => /error/i.test(l)) ?? ''
  ).slice(0, 160)
}

module.exports = { electronBinary, obtainElectron }
