import { beforeEach, describe, expect, it, vi } from 'vitest'
import { FakeBrowserWindow, reset, state } from '../../test-support/fake-electron'
import { channels, type ApiMethod, type ParallaxApi } from '../shared/contract'
import { registerIpc } from './ipc'
import { EventHub } from './services/events'
import type { Services } from './services'

vi.mock('electron', async () => (await import('../../test-support/fake-electron')).electron)

beforeEach(reset)

/** An api whose every method answers with its own name, so a test sees which one ran. */
function fakeServices(): { services: Services; events: EventHub } {
  const api = new Proxy(
    {},
    { get: (_t, method) => async () => ({ ok: true, value: String(method) }) }
  ) as ParallaxApi
  const events = new EventHub()
  return { services: { api, events } as unknown as Services, events }
}

function setUp(): { win: FakeBrowserWindow; events: EventHub; unregister: () => void } {
  const win = new FakeBrowserWindow({})
  const { services, events } = fakeServices()
  const unregister = registerIpc(services, () => win as never)
  return { win, events, unregister }
}

const call = (channel: string, senderFrame: unknown, ...args: unknown[]): unknown =>
  state.handlers.get(channel)!({ senderFrame }, ...args)

describe('registerIpc', () => {
  it('registers every contract channel and no other', () => {
    setUp()
    expect([...state.handlers.keys()].sort()).toEqual(Object.values(channels).sort())
  })

  it('removes every handler when it is undone', () => {
    setUp().unregister()
    expect(state.handlers.size).toBe(0)
  })

  it('answers the main window main frame through the contract', async () => {
    const { win } = setUp()
    expect(await call(channels.appInfo, win.webContents.mainFrame)).toEqual({
      ok: true,
      value: 'appInfo'
    })
  })

  it('validates arguments before a service sees them', async () => {
    const { win } = setUp()
    const r = (await call(channels.openArticle, win.webContents.mainFrame, { not: 'an id' })) as {
      ok: boolean
      error?: { code: string }
    }
    expect(r.ok).toBe(false)
    expect(r.error?.code).toBe('invalid-argument')
  })

  const strangers: Array<[string, (win: FakeBrowserWindow) => unknown]> = [
    ['a subframe of the main window', () => ({ name: 'iframe' })],
    ['another window', () => new FakeBrowserWindow({}).webContents.mainFrame],
    ['a frame already gone (null)', () => null],
    ['no frame at all', () => undefined]
  ]
  it.each(strangers)('refuses a call from %s, on every channel', async (_name, frameOf) => {
    const { win } = setUp()
    for (const method of Object.keys(channels) as ApiMethod[]) {
      const r = (await call(channels[method], frameOf(win))) as {
        ok: boolean
        error?: { message: string }
      }
      expect(r, method).toEqual({
        ok: false,
        error: { code: 'invalid-argument', message: 'Unknown sender' }
      })
    }
  })

  it('refuses every call while there is no window', async () => {
    const { services } = fakeServices()
    registerIpc(services, () => null)
    expect(await call(channels.appInfo, undefined)).toMatchObject({ ok: false })
    expect(await call(channels.appInfo, null)).toMatchObject({ ok: false })
  })

  it('forwards every event to the window, and stops when undone', () => {
    const { win, events, unregister } = setUp()
    events.emit('library:changed', undefined as never)
    events.emit('analysis:progress', { done: 1, total: 2 } as never)
    expect(win.webContents.sent).toEqual([
      ['library:changed', undefined],
      ['analysis:progress', { done: 1, total: 2 }]
    ])
    unregister()
    events.emit('library:changed', undefined as never)
    expect(win.webContents.sent).toHaveLength(2)
  })

  it('drops an event when the window is closing instead of throwing', () => {
    const { win, events } = setUp()
    win.destroyed = true
    expect(() => events.emit('library:changed', undefined as never)).not.toThrow()
    expect(win.webContents.sent).toEqual([])
  })
})
