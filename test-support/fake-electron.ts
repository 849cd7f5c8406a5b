import { EventEmitter } from 'node:events'

/**
 * A stand-in for the parts of the `electron` module that the glue (src/main/index.ts, window.ts,
 * ipc.ts, the preload) touches, for `vi.mock('electron', ...)`. It records what the glue asks
 * for, and lets a test play the part of Chromium: emit navigation, window-open, permission
 * requests and IPC calls. Call `reset()` in `beforeEach`.
 */

type Handler = (event: unknown, ...args: unknown[]) => unknown
type OpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' }

/** A cancellable event, as Electron passes to will-navigate and friends. */
export function cancellable(): { defaultPrevented: boolean; preventDefault(): void } {
  return {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true
    }
  }
}

export class FakeWebContents extends EventEmitter {
  readonly mainFrame = { name: 'main frame' }
  readonly sent: Array<[string, unknown]> = []
  printed = 0
  async printToPDF(): Promise<Buffer> {
    this.printed++
    return Buffer.from('%PDF-1.7 fake')
  }
  openHandler: OpenHandler | null = null
  devToolsClosed = 0
  setWindowOpenHandler(h: OpenHandler): void {
    this.openHandler = h
  }
  send(channel: string, payload: unknown): void {
    this.sent.push([channel, payload])
  }
  closeDevTools(): void {
    this.devToolsClosed++
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static all: FakeBrowserWindow[] = []
  static fromWebContents(wc: FakeWebContents): FakeBrowserWindow | null {
    return FakeBrowserWindow.all.find((w) => w.webContents === wc) ?? null
  }
  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.all
  }
  readonly webContents = new FakeWebContents()
  loaded: { url?: string; file?: string } = {}
  destroyed = false
  constructor(readonly options: { webPreferences?: Record<string, unknown> } & object) {
    super()
    FakeBrowserWindow.all.push(this)
  }
  loadURL(url: string): Promise<void> {
    this.loaded = { url }
    return Promise.resolve()
  }
  loadFile(file: string): Promise<void> {
    this.loaded = { file }
    return Promise.resolve()
  }
  isDestroyed(): boolean {
    return this.destroyed
  }
  destroy(): void {
    this.destroyed = true
  }
  show(): void {}
}

export class FakeSession {
  permissionRequest: ((wc: unknown, permission: string, cb: (ok: boolean) => void) => void) | null =
    null
  permissionCheck: ((...a: unknown[]) => boolean) | null = null
  headers: ((d: unknown, cb: (r: unknown) => void) => void) | null = null
  beforeRequest: ((d: unknown, cb: (r: { cancel?: boolean }) => void) => void) | null = null
  readonly protocols = new Map<string, (request: { url: string }) => Response>()
  constructor(readonly partition?: string) {}
  protocol = {
    handle: (scheme: string, h: (request: { url: string }) => Response): void => {
      if (this.protocols.has(scheme)) throw new Error(`second handler for ${scheme}`)
      this.protocols.set(scheme, h)
    }
  }
  setPermissionRequestHandler(h: FakeSession['permissionRequest']): void {
    this.permissionRequest = h
  }
  setPermissionCheckHandler(h: FakeSession['permissionCheck']): void {
    this.permissionCheck = h
  }
  webRequest = {
    onHeadersReceived: (h: FakeSession['headers']): void => void (this.headers = h),
    onBeforeRequest: (h: FakeSession['beforeRequest']): void => void (this.beforeRequest = h)
  }
}

export const state = {
  handlers: new Map<string, Handler>(),
  ipcRendererListeners: new Map<string, Set<(...a: unknown[]) => void>>(),
  exposed: new Map<string, unknown>(),
  invoked: [] as Array<[string, unknown[]]>,
  dialogResponse: 0,
  dialogs: [] as unknown[],
  opened: [] as string[]
}

class FakeApp extends EventEmitter {
  isPackaged = false
  ready = true
  isReady(): boolean {
    return this.ready
  }
  whenReady(): Promise<void> {
    return this.ready ? Promise.resolve() : new Promise((r) => this.once('ready', () => r()))
  }
}

export const electron = {
  app: new FakeApp(),
  BrowserWindow: FakeBrowserWindow,
  session: {
    defaultSession: new FakeSession(),
    partitions: new Map<string, FakeSession>(),
    fromPartition(name: string): FakeSession {
      const s = this.partitions.get(name) ?? new FakeSession(name)
      this.partitions.set(name, s)
      return s
    }
  },
  dialog: {
    showMessageBox: async (...args: unknown[]) => {
      state.dialogs.push(args)
      return { response: state.dialogResponse }
    },
    showSaveDialog: async () => ({ canceled: true })
  },
  shell: {
    openExternal: async (url: string) => void state.opened.push(url)
  },
  ipcMain: {
    handle(channel: string, h: Handler): void {
      if (state.handlers.has(channel)) throw new Error(`second handler for ${channel}`)
      state.handlers.set(channel, h)
    },
    removeHandler(channel: string): void {
      state.handlers.delete(channel)
    }
  },
  ipcRenderer: {
    invoke: async (channel: string, ...args: unknown[]) => {
      state.invoked.push([channel, args])
      return { ok: true, value: channel }
    },
    on(channel: string, l: (...a: unknown[]) => void): void {
      const set = state.ipcRendererListeners.get(channel) ?? new Set()
      set.add(l)
      state.ipcRendererListeners.set(channel, set)
    },
    removeListener(channel: string, l: (...a: unknown[]) => void): void {
      state.ipcRendererListeners.get(channel)?.delete(l)
    }
  },
  contextBridge: {
    exposeInMainWorld(key: string, value: unknown): void {
      state.exposed.set(key, value)
    }
  }
}

export function reset(): void {
  state.handlers.clear()
  state.ipcRendererListeners.clear()
  state.exposed.clear()
  state.invoked.length = 0
  state.dialogResponse = 0
  state.dialogs.length = 0
  state.opened.length = 0
  FakeBrowserWindow.all = []
  electron.app.removeAllListeners()
  electron.app.isPackaged = false
  electron.app.ready = true
  electron.session.defaultSession = new FakeSession()
}

/** Lets queued promise callbacks (a dialog's answer, an openExternal) run. */
export const settle = (): Promise<void> => new Promise((r) => setImmediate(r))
