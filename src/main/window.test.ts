import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  cancellable,
  electron,
  FakeBrowserWindow,
  FakeSession,
  FakeWebContents,
  reset,
  settle,
  state
} from '../../test-support/fake-electron'
import { PRINT_ORIGIN } from './services/export/print-pages'
import {
  createMainWindow,
  guardWebContents,
  hardenSession,
  installAppGuards,
  printPdf
} from './window'

vi.mock('electron', async () => (await import('../../test-support/fake-electron')).electron)

beforeEach(reset)
afterEach(() => vi.unstubAllEnvs())

const NAVIGATION_EVENTS = ['will-navigate', 'will-redirect', 'will-attach-webview'] as const

function openWindow(url: string, contents: FakeWebContents): { action: string } {
  if (!contents.openHandler) throw new Error('no window-open handler')
  return contents.openHandler({ url })
}

describe('the main window', () => {
  it('is isolated, sandboxed and without Node', () => {
    createMainWindow()
    const prefs = FakeBrowserWindow.all[0]!.options.webPreferences!
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      webviewTag: false
    })
  })

  it.each(NAVIGATION_EVENTS)('blocks %s', (name) => {
    const { webContents } = createMainWindow() as unknown as FakeBrowserWindow
    const e = cancellable()
    webContents.emit(name, e, 'https://example.org/')
    expect(e.defaultPrevented).toBe(true)
  })

  it('opens an http(s) link in the browser only after the user confirms', async () => {
    const win = createMainWindow() as unknown as FakeBrowserWindow
    state.dialogResponse = 1
    expect(openWindow('https://example.org/report', win.webContents).action).toBe('deny')
    await settle()
    expect(state.dialogs).toHaveLength(1)
    expect(state.opened).toEqual(['https://example.org/report'])
  })

  it('opens nothing when the user cancels the dialog', async () => {
    const win = createMainWindow() as unknown as FakeBrowserWindow
    state.dialogResponse = 0
    expect(openWindow('http://example.org/', win.webContents).action).toBe('deny')
    await settle()
    expect(state.dialogs).toHaveLength(1)
    expect(state.opened).toEqual([])
  })

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,x',
    'about:blank',
    'smb://h/s'
  ])('refuses %s without asking', async (url) => {
    const win = createMainWindow() as unknown as FakeBrowserWindow
    state.dialogResponse = 1
    expect(openWindow(url, win.webContents).action).toBe('deny')
    await settle()
    expect(state.dialogs).toEqual([])
    expect(state.opened).toEqual([])
  })

  it('loads the dev server only when the app is not packaged', () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173/')
    const dev = createMainWindow() as unknown as FakeBrowserWindow
    expect(dev.loaded).toEqual({ url: 'http://localhost:5173/' })

    electron.app.isPackaged = true
    const shipped = createMainWindow() as unknown as FakeBrowserWindow
    expect(shipped.loaded.url).toBeUndefined()
    expect(shipped.loaded.file).toMatch(/renderer[\\/]index\.html$/)
  })

  it('keeps DevTools closed in a packaged app', () => {
    expect(
      (createMainWindow() as unknown as FakeBrowserWindow).options.webPreferences!.devTools
    ).toBe(true)
    electron.app.isPackaged = true
    const win = createMainWindow() as unknown as FakeBrowserWindow
    expect(win.options.webPreferences!.devTools).toBe(false)
    win.webContents.emit('devtools-opened')
    expect(win.webContents.devToolsClosed).toBe(1)
  })
})

describe('the app-wide guard', () => {
  it('applies the same rules to every web contents the app creates', async () => {
    installAppGuards()
    const contents = new FakeWebContents()
    electron.app.emit('web-contents-created', {}, contents)

    for (const name of NAVIGATION_EVENTS) {
      const e = cancellable()
      contents.emit(name, e, 'https://example.org/')
      expect(e.defaultPrevented, name).toBe(true)
    }
    state.dialogResponse = 1
    expect(openWindow('file:///etc/passwd', contents).action).toBe('deny')
    expect(openWindow('https://example.org/', contents).action).toBe('deny')
    await settle()
    expect(state.opened).toEqual(['https://example.org/'])
  })

  it('guards a web contents once, however often it is seen', async () => {
    const win = createMainWindow() as unknown as FakeBrowserWindow
    guardWebContents(win.webContents as never)
    expect(win.webContents.listenerCount('will-navigate')).toBe(1)
  })

  it('denies permissions in every new session, not only the default one', () => {
    installAppGuards()
    const fresh = new FakeSession()
    electron.app.emit('session-created', fresh)
    let answer: boolean | undefined
    fresh.permissionRequest!({}, 'media', (ok) => (answer = ok))
    expect(answer).toBe(false)
    expect(fresh.headers).toBeTypeOf('function')
  })

  it('hardens a session created before the app is ready once it is', async () => {
    installAppGuards()
    electron.app.ready = false
    const early = new FakeSession()
    electron.app.emit('session-created', early)
    expect(early.permissionRequest).toBeNull()
    electron.app.ready = true
    electron.app.emit('ready')
    await settle()
    expect(early.permissionRequest).toBeTypeOf('function')
  })
})

describe('the session', () => {
  const PERMISSIONS = [
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'clipboard-sanitized-write',
    'fullscreen',
    'openExternal',
    'pointerLock',
    'midi',
    'hid',
    'serial',
    'usb',
    'display-capture',
    'window-management',
    'unknown'
  ]

  it.each(PERMISSIONS)('denies a request for %s', (permission) => {
    hardenSession()
    const s = electron.session.defaultSession
    let answer: boolean | undefined
    s.permissionRequest!({}, permission, (ok) => (answer = ok))
    expect(answer).toBe(false)
    expect(s.permissionCheck!({}, permission, 'file://', {})).toBe(false)
  })

  it('puts the CSP on every response', () => {
    hardenSession()
    let out: { responseHeaders?: Record<string, string[]> } = {}
    electron.session.defaultSession.headers!(
      { responseHeaders: { 'Content-Type': ['text/html'] } },
      (r) => (out = r as typeof out)
    )
    expect(out.responseHeaders?.['Content-Security-Policy']?.[0]).toMatch(/default-src/)
    expect(out.responseHeaders?.['Content-Type']).toEqual(['text/html'])
  })
})

describe('the PDF printer', () => {
  const printer = (): FakeSession => electron.session.fromPartition('parallax-print')
  const cancelled = (url: string, resourceType = 'mainFrame'): boolean | undefined => {
    let cancel: boolean | undefined
    printer().beforeRequest!({ url, resourceType }, (r) => (cancel = r.cancel))
    return cancel
  }

  it('prints in its own session, without script, serving only the briefing being printed', async () => {
    const during: Record<string, unknown> = {}
    vi.spyOn(FakeBrowserWindow.prototype, 'loadURL').mockImplementationOnce(async (url) => {
      during.url = url
      during.page = cancelled(url)
      during.inFrame = cancelled(url, 'subFrame')
      during.file = cancelled('file:///etc/hostname', 'subFrame')
      during.loopback = cancelled('http://127.0.0.1:8080/', 'image')
      during.served = await printer().protocols.get('https')!({ url }).text()
      during.other = printer().protocols.get('https')!({ url: 'https://example.org/' }).type
      during.fileServed = printer().protocols.get('file')!({ url: 'file:///etc/hostname' }).type
    })
    const r = await printPdf('<h1>Briefing</h1>')
    expect(r.ok && new TextDecoder().decode(r.value).startsWith('%PDF')).toBe(true)
    const win = FakeBrowserWindow.all.at(-1)!
    expect(win.options.webPreferences).toMatchObject({ javascript: false, sandbox: true })
    expect(win.options.webPreferences!.session).toBe(printer())
    expect(String(during.url).startsWith(`${PRINT_ORIGIN}/`)).toBe(true)
    expect(during).toMatchObject({
      page: false,
      inFrame: true,
      file: true,
      loopback: true,
      served: '<h1>Briefing</h1>',
      other: 'error',
      fileServed: 'error'
    })
    expect(win.destroyed).toBe(true)
    // Once printed, the briefing is no longer served.
    expect(cancelled(String(during.url))).toBe(true)
  })

  it('denies the print session every permission and gives its page the print CSP', async () => {
    await printPdf('<p>x</p>')
    let answer: boolean | undefined
    printer().permissionRequest!({}, 'media', (ok) => (answer = ok))
    expect(answer).toBe(false)
    let out: { responseHeaders?: Record<string, string[]> } = {}
    printer().headers!({ responseHeaders: {} }, (r) => (out = r as typeof out))
    expect(out.responseHeaders?.['Content-Security-Policy']?.[0]).toMatch(/script-src 'none'/)
  })
})
