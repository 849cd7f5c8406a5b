import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { app, BrowserWindow, dialog } from 'electron'
import { fromThrown, ok } from '../shared/result'
import { createServices, type Services } from './services'
import { resolveDataDir, resolveSampleDir } from './services/paths'
import { registerIpc } from './ipc'
import { createMainWindow, hardenSession } from './window'

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
    saveFile
  })
  registerIpc(services, () => mainWindow)
  mainWindow = createMainWindow()
  mainWindow.on('closed', () => (mainWindow = null))
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow()
  })
}

/**
 * A briefing's HTML to PDF with the app's own Chromium, in a hidden window without script.
 * It loads from a temporary file: a data: URL would cap the briefing at 2 MB.
 */
async function printPdf(html: string) {
  const dir = await mkdtemp(join(tmpdir(), 'parallax-print-'))
  const win = new BrowserWindow({
    show: false,
    webPreferences: {
      javascript: false,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      disableBlinkFeatures: 'Auxclick'
    }
  })
  try {
    await writeFile(join(dir, 'briefing.html'), html)
    await win.loadFile(join(dir, 'briefing.html'))
    const pdf = await win.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true })
    return ok(new Uint8Array(pdf))
  } catch (e) {
    return fromThrown<Uint8Array>(e)
  } finally {
    win.destroy()
    await rm(dir, { recursive: true, force: true })
  }
}

/** The native save dialog for exports; null when the user closes it. */
async function saveFile(name: string, bytes: Uint8Array): Promise<string | null> {
  const options = { defaultPath: name }
  const r = mainWindow
    ? await dialog.showSaveDialog(mainWindow, options)
    : await dialog.showSaveDialog(options)
  if (r.canceled || !r.filePath) return null
  await writeFile(r.filePath, bytes)
  return r.filePath
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
