import { BrowserWindow, dialog, session, shell } from 'electron'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fromThrown, ok, type Result } from '../shared/result'
import { CSP } from './host/security'

/**
 * The one window. Renderer content is untrusted: isolated, sandboxed, no Node, no navigation,
 * no new windows, no permissions, and a strict CSP on every response.
 */
export function createMainWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 800,
    minHeight: 500,
    show: false,
    title: 'Parallax',
    backgroundColor: '#fbfaf7',
    webPreferences: {
      preload: join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      // Middle-click (auxclick) could open a link in a new window; the app never needs it.
      disableBlinkFeatures: 'Auxclick'
    }
  })
  win.once('ready-to-show', () => win.show())
  win.webContents.on('will-navigate', (e) => e.preventDefault())
  win.webContents.on('will-redirect', (e) => e.preventDefault())
  win.webContents.on('will-attach-webview', (e) => e.preventDefault())
  win.webContents.setWindowOpenHandler(({ url }) => {
    // Only http(s) links leave the app, in the user's browser, and only after they confirm.
    if (/^https?:\/\//i.test(url)) void confirmExternal(win, url)
    return { action: 'deny' }
  })
  if (process.env.ELECTRON_RENDERER_URL) void win.loadURL(process.env.ELECTRON_RENDERER_URL)
  else void win.loadFile(join(__dirname, '../renderer/index.html'))
  return win
}

async function confirmExternal(win: BrowserWindow, url: string): Promise<void> {
  const { response } = await dialog.showMessageBox(win, {
    type: 'question',
    buttons: ['Cancel', 'Open in browser'],
    defaultId: 0,
    cancelId: 0,
    message: 'Open this link in your web browser?',
    detail: `${url}\n\nThis leaves Parallax and makes a network request.`
  })
  if (response === 1) await shell.openExternal(url)
}

/** Session-wide guards: deny every permission and attach the CSP header to every response. */
export function hardenSession(): void {
  const s = session.defaultSession
  s.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
  s.setPermissionCheckHandler(() => false)
  s.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CSP] } })
  })
}

/**
 * A briefing's HTML to PDF with the app's own Chromium, in a hidden window without script.
 * It loads from a temporary file: a data: URL would cap the briefing at 2 MB.
 */
export async function printPdf(html: string): Promise<Result<Uint8Array>> {
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
export async function saveFileDialog(
  mainWindow: BrowserWindow | null,
  name: string,
  bytes: Uint8Array
): Promise<string | null> {
  const options = { defaultPath: name }
  const r = mainWindow
    ? await dialog.showSaveDialog(mainWindow, options)
    : await dialog.showSaveDialog(options)
  if (r.canceled || !r.filePath) return null
  await writeFile(r.filePath, bytes)
  return r.filePath
}
