import { app, BrowserWindow } from 'electron'
import { createServices, type Services } from './services'
import { resolveDataDir, resolveSampleDir } from './services/paths'
import { registerIpc } from './ipc'
import {
  createMainWindow,
  hardenSession,
  installAppGuards,
  printPdf,
  saveFileDialog
} from './window'

let mainWindow: BrowserWindow | null = null
let services: Services | null = null

// A second launch focuses the first window; two processes never open the same store.
if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })
  app.enableSandbox()
  installAppGuards()
  app.whenReady().then(start, (e) => {
    console.error(e)
    app.exit(1)
  })
}

async function start(): Promise<void> {
  hardenSession()
  services = await createServices({
    dataDir: resolveDataDir(app.getPath('userData')),
    transport: 'electron',
    version: app.getVersion(),
    sampleDir: resolveSampleDir(__dirname),
    printPdf,
    saveFile: (name, bytes) => saveFileDialog(mainWindow, name, bytes)
  })
  registerIpc(services, () => mainWindow)
  mainWindow = createMainWindow()
  mainWindow.on('closed', () => (mainWindow = null))
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow()
  })
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})

app.on('before-quit', (e) => {
  // Let queued writes finish: an acknowledged change must reach the disk.
  if (!services) return
  e.preventDefault()
  const s = services
  services = null
  void s.close().finally(() => app.quit())
})
