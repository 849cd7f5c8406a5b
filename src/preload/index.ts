import { contextBridge, ipcRenderer } from 'electron'
import { channels, eventNames, type ApiMethod, type ParallaxBridge } from '../shared/contract'

const invoke = Object.fromEntries(
  (Object.keys(channels) as ApiMethod[]).map((m) => [
    m,
    (...args: unknown[]) => ipcRenderer.invoke(channels[m], ...args)
  ])
)

const api = {
  ...invoke,
  on(event, listener) {
    if (!(eventNames as readonly string[]).includes(event))
      throw new Error(`Unknown event ${event}`)
    const wrapped = (_e: unknown, payload: unknown): void => listener(payload as never)
    ipcRenderer.on(event, wrapped)
    return () => void ipcRenderer.removeListener(event, wrapped)
  }
} as ParallaxBridge

contextBridge.exposeInMainWorld('api', api)
