import { readFileSync } from 'node:fs'
import * as slim from '@automerge/automerge/slim'

/**
 * Scripts run by tsx load TypeScript as CommonJS, and there automerge-repo gets a build of
 * Automerge that nothing initialises (vitest, the app bundle and ESM share one). Call this
 * once before opening a repo in such a script.
 */
export async function initAutomergeForScripts(): Promise<void> {
  if (slim.isWasmInitialized()) return
  await slim.initializeWasm(readFileSync(require.resolve('@automerge/automerge/automerge.wasm')))
}
