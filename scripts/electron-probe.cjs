// Finds a runnable Electron binary without starting it. Shared by `npm start` and Playwright.
const { existsSync } = require('node:fs')

/** @returns {{ path: string } | { path: null, reason: string }} */
function electronBinary() {
  const pkgDir = require('node:path').dirname(require.resolve('electron/package.json'))
  const pathTxt = require('node:path').join(pkgDir, 'path.txt')
  if (!existsSync(pathTxt) && !process.env.ELECTRON_OVERRIDE_DIST_PATH)
    return {
      path: null,
      reason:
        'the Electron binary was never downloaded (node_modules/electron/path.txt is missing and ELECTRON_OVERRIDE_DIST_PATH is unset)'
    }
  let path
  try {
    // Resolves node_modules/electron/dist/<binary>, honouring ELECTRON_OVERRIDE_DIST_PATH.
    path = require('electron')
  } catch (e) {
    return {
      path: null,
      reason: `the electron package cannot locate its binary (${String(e.message).split('\n')[0]})`
    }
  }
  if (typeof path !== 'string' || !existsSync(path))
    return { path: null, reason: `the Electron binary is not installed (${path} does not exist)` }
  return { path }
}

module.exports = { electronBinary }
