import { ipcMain, type BrowserWindow } from 'electron'
import { channels, type ApiMethod } from '../shared/contract'
import { dispatch } from './dispatch'
import type { Services } from './services'

/** The only file that touches ipcMain: one handler per channel of the contract. */
export function registerIpc(services: Services, window: () => BrowserWindow | null): () => void {
  for (const method of Object.keys(channels) as ApiMethod[]) {
    ipcMain.handle(channels[method], (event, ...args: unknown[]) => {
      // Only our own window's main frame may call in: not a subframe, not another window, and
      // nothing at all while there is no window.
      const mainFrame = window()?.webContents.mainFrame
      if (!mainFrame || event.senderFrame !== mainFrame)
        return { ok: false, error: { code: 'invalid-argument', message: 'Unknown sender' } }
      return dispatch(services.api, method, args)
    })
  }
  const unsubscribe = services.events.subscribe((event, payload) => {
    const win = window()
    // An event can fire while the window is closing; sending to a destroyed one throws.
    if (win && !win.isDestroyed()) win.webContents.send(event, payload)
  })
  return () => {
    unsubscribe()
    for (const method of Object.keys(channels) as ApiMethod[])
      ipcMain.removeHandler(channels[method])
  }
}
