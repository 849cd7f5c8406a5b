import { initializeBase64Wasm } from '@automerge/automerge/slim'
import { automergeWasmBase64 } from '@automerge/automerge/automerge.wasm.base64'

/**
 * Under tsx, automerge-repo (ESM) is loaded through the CommonJS hook, so it gets Automerge's
 * CommonJS slim build, which nothing initialises (plain Node, Vite and Vitest load the ESM
 * build, which initialises itself). Child scripts run by tsx call this before any Automerge use.
 */
export const initAutomergeUnderTsx = (): Promise<void> =>
  initializeBase64Wasm(automergeWasmBase64) as Promise<void>
