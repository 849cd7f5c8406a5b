import {
  app,
  BrowserWindow,
  dialog,
  session,
  shell,
  type Session,
  type WebContents
} from 'electron'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fromThrown, ok, type Result } from '../shared/result'
import { CSP } from './host/security'
import { PRINT_HEADERS, PrintPages } from './services/export/print-pages'

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
      // A shipped app has no use for DevTools, and they would let anyone at the keyboard script it.
      devTools: !app.isPackaged,
      // Middle-click (auxclick) could open a link in a new window; the app never needs it.
      disableBlinkFeatures: 'Auxclick'
    }
  })
  win.once('ready-to-show', () => win.show())
  guardWebContents(win.webContents)
  // The dev server's URL comes from the environment; a packaged app must never load another
  // origin because a variable said so.
  const devUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL
  if (devUrl) void win.loadURL(devUrl)
  else void win.loadFile(join(__dirname, '../renderer/index.html'))
  return win
}

const guarded = new WeakSet<WebContents>()

/**
 * Navigation, webview and window-open rules for one web contents: no navigation away, no
 * webviews, and new windows refused, with http(s) links offered to the user's browser after
 * they confirm. Applied to every web contents the app creates (see installAppGuards).
 */
export function guardWebContents(contents: WebContents): void {
  if (guarded.has(contents)) return
  guarded.add(contents)
  contents.on('will-navigate', (e) => e.preventDefault())
  contents.on('will-redirect', (e) => e.preventDefault())
  contents.on('will-attach-webview', (e) => e.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    if (/^https?:\/\//i.test(url))
      void confirmExternal(BrowserWindow.fromWebContents(contents), url)
    return { action: 'deny' }
  })
  if (app.isPackaged) contents.on('devtools-opened', () => contents.closeDevTools())
}

/**
 * App-wide guards, installed before the first window: every web contents (windows, the PDF
 * printer, anything a future feature adds) gets guardWebContents, and every session the
 * permission and CSP rules of hardenSession.
 */
export function installAppGuards(): void {
  app.on('web-contents-created', (_e, contents) => guardWebContents(contents))
  // A session can be created before the app is ready, when its webRequest is not yet usable.
  app.on('session-created', (s) =>
    app.isReady() ? hardenSession(s) : void app.whenReady().then(() => hardenSession(s))
  )
}

async function confirmExternal(win: BrowserWindow | null, url: string): Promise<void> {
  const options = {
    type: 'question' as const,
    buttons: ['Cancel', 'Open in browser'],
    defaultId: 0,
    cancelId: 0,
    message: 'Open this link in your web browser?',
    detail: `${url}\n\nThis leaves Parallax and makes a network request.`
  }
  const { response } = win
    ? await dialog.showMessageBox(win, options)
    : await dialog.showMessageBox(options)
  if (response === 1) await shell.openExternal(url)
}

/** Session-wide guards: deny every permission and attach the CSP header to every response. */
export function hardenSession(s: Session = session.defaultSession): void {
  s.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
  s.setPermissionCheckHandler(() => false)
  s.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CSP] } })
  })
}

const printPages = new PrintPages()
let printSession: Session | null = null

/**
 * The printer's own session, in memory and shared with nothing: the briefing is served from
 * memory at an https address, and every other request (file://, the network, loopback, frames,
 * subresources) is cancelled, so a crafted briefing can neither read a local file nor call out.
 */
function printingSession(): Session {
  if (printSession) return printSession
  const s = session.fromPartition('parallax-print', { cache: false })
  hardenSession(s)
  s.webRequest.onBeforeRequest((d, callback) =>
    callback({ cancel: !printPages.allows(d.url, d.resourceType === 'mainFrame') })
  )
  s.webRequest.onHeadersReceived((d, callback) =>
    callback({ responseHeaders: { ...d.responseHeaders, ...printHeaders() } })
  )
  s.protocol.handle('https', (request) => {
    const html = printPages.page(request.url)
    return html === undefined ? Response.error() : new Response(html, { headers: PRINT_HEADERS })
  })
  for (const scheme of ['http', 'file']) s.protocol.handle(scheme, () => Response.error())
  printSession = s
  return s
}

const printHeaders = (): Record<string, string[]> =>
  Object.fromEntries(Object.entries(PRINT_HEADERS).map(([k, v]) => [k, [v]]))

/** A briefing's HTML to PDF with the app's own Chromium, in a hidden window without script. */
export async function printPdf(html: string): Promise<Result<Uint8Array>> {
  const url = printPages.add(html)
  const win = new BrowserWindow({
    show: false,
    webPreferences: {
      session: printingSession(),
      javascript: false,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      disableBlinkFeatures: 'Auxclick'
    }
  })
  try {
    await win.loadURL(url)
    const pdf = await win.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true })
    return ok(new Uint8Array(pdf))
  } catch (e) {
    return fromThrown<Uint8Array>(e)
  } finally {
    win.destroy()
    printPages.remove(url)
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
