// The one place that finds a system Chromium (never downloads one) for the launcher, the PDF
// printer, the end-to-end tests and the benches. PARALLAX_CHROMIUM overrides the search.
const { spawn: nodeSpawn } = require('node:child_process')
const { existsSync, mkdirSync, rmSync, writeFileSync } = require('node:fs')
const { join } = require('node:path')
const { pathToFileURL } = require('node:url')

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'
]

/**
 * A system Chromium or Chrome, PARALLAX_CHROMIUM first; null when there is none.
 * @param {Record<string, string | undefined>} [env]
 * @returns {string | null}
 */
function findChromium(env = process.env) {
  if (env.PARALLAX_CHROMIUM) return env.PARALLAX_CHROMIUM
  return CANDIDATES.find((p) => existsSync(p)) ?? null
}

// Flags for a locked-down machine: no background connections, no sandbox when running as root.
const CHROMIUM_FLAGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-gpu'
]

const escapeHtml = (s) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/**
 * Writes a page that redirects to `url`, readable by this user only (0600), as Jupyter does.
 * Any local user can read a process's argv, so the token must travel in a file, not a flag.
 * Throws when the folder cannot be written.
 * @param {string} dir a private folder (created 0700 when missing)
 * @param {string} url the host's URL, token included
 * @returns {string} the file's path
 */
function writeLauncher(dir, url) {
  mkdirSync(dir, { recursive: true, mode: 0o700 })
  const file = join(dir, 'open-parallax.html')
  // Removed first and created exclusively: never write through a link someone left in its place.
  rmSync(file, { force: true })
  const href = escapeHtml(url)
  const html =
    '<!doctype html><meta charset="utf-8"><title>Parallax</title>' +
    `<meta http-equiv="refresh" content="0;url=${href}">` +
    `<p>Opening Parallax... <a href="${href}">continue</a></p>\n`
  writeFileSync(file, html, { mode: 0o600, flag: 'wx' })
  return file
}

/**
 * Opens `url` in Chromium's app mode through a launcher file in `dataDir`. Returns a line for
 * the user, and the launcher's path (null when none was written) so the caller can delete it.
 * @param {{ url: string, dataDir: string, chromium: string | null, hasDisplay: boolean,
 *   isRoot?: boolean, spawn?: typeof nodeSpawn, onError?: (line: string) => void }} options
 * @returns {{ message: string, launcher: string | null }}
 */
function openInChromium({ url, dataDir, chromium, hasDisplay, isRoot = false, spawn, onError }) {
  if (!chromium)
    return { message: 'No Chromium found; open the URL above in your browser.', launcher: null }
  if (!hasDisplay)
    return {
      message: 'No display found; open the URL above in a browser on this machine.',
      launcher: null
    }
  let launcher
  const profile = join(dataDir, 'chromium-profile')
  try {
    mkdirSync(profile, { recursive: true, mode: 0o700 })
    launcher = writeLauncher(dataDir, url)
  } catch (e) {
    return {
      message: `Could not write to ${dataDir} (${e.message}); open the URL above yourself.`,
      launcher: null
    }
  }
  const args = [
    `--app=${pathToFileURL(launcher).href}`,
    `--user-data-dir=${profile}`,
    ...CHROMIUM_FLAGS,
    ...(isRoot ? ['--no-sandbox'] : [])
  ]
  ;(spawn ?? nodeSpawn)(chromium, args, { stdio: 'ignore', detached: false }).on('error', (e) =>
    (onError ?? console.log)(`Chromium did not start (${e.message}); open the URL above yourself.`)
  )
  return { message: `Opened Parallax in Chromium (${chromium}).`, launcher }
}

module.exports = { findChromium, CHROMIUM_FLAGS, writeLauncher, openInChromium }
