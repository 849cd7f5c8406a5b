// Finds a system Chromium (never downloads one). PARALLAX_CHROMIUM overrides the search.
const { existsSync } = require('node:fs')

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']

/** @returns {string | null} */
function findChromium() {
  if (process.env.PARALLAX_CHROMIUM) return process.env.PARALLAX_CHROMIUM
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

module.exports = { findChromium, CHROMIUM_FLAGS }
