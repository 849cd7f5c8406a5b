import { beforeAll, describe, expect, it, vi } from 'vitest'
import { reset, state } from '../../test-support/fake-electron'
import { channels, eventNames, type ParallaxBridge } from '../shared/contract'

vi.mock('electron', async () => (await import('../../test-support/fake-electron')).electron)

let api: ParallaxBridge
beforeAll(async () => {
  reset()
  await import('./index')
  api = state.exposed.get('api') as ParallaxBridge
})

describe('the preload', () => {
  it('exposes only `api` to the page', () => {
    expect([...state.exposed.keys()]).toEqual(['api'])
  })

  it('has one method per contract channel, plus on, and nothing else', () => {
    expect(Object.keys(api).sort()).toEqual([...Object.keys(channels), 'on'].sort())
  })

  it('sends each method on its own channel with its arguments', async () => {
    for (const [method, channel] of Object.entries(channels)) {
      state.invoked.length = 0
      const fn = (api as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[method]!
      expect(await fn('a', 2)).toEqual({ ok: true, value: channel })
      expect(state.invoked).toEqual([[channel, ['a', 2]]])
    }
  })

  it('delivers each contract event payload, without the IPC event object', () => {
    for (const event of eventNames) {
      const got: unknown[] = []
      const off = api.on(event, (payload) => got.push(payload))
      for (const l of state.ipcRendererListeners.get(event) ?? [])
        l({ sender: 'ipc internals' }, { n: 1 })
      expect(got, event).toEqual([{ n: 1 }])
      off()
      expect(state.ipcRendererListeners.get(event)?.size ?? 0, event).toBe(0)
    }
  })

  it('refuses to listen on a channel that is not a contract event', () => {
    expect(() => api.on('articles:list' as never, () => {})).toThrow(/Unknown event/)
    expect(state.ipcRendererListeners.has('articles:list')).toBe(false)
  })
})
