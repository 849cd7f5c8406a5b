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
import { createMainWindow, guardWebContents, hardenSession, installAppGuards } from './window'

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
