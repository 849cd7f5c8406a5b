import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createServices, type Services } from '.'
import { dispatch } from '../dispatch'

const dirs: string[] = []
const open: Services[] = []
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()))
  dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }))
})

async function services(dir = mkdtempSync(join(tmpdir(), 'parallax-palette-'))): Promise<Services> {
  dirs.push(dir)
  const s = await createServices({
    dataDir: dir,
    transport: 'http',
    version: 'test',
    sampleDir: null,
    engineChannel: { request: async () => [] as never, close: async () => undefined }
  })
  open.push(s)
  return s
}

describe('changing a palette colour', () => {
  it('stores the new colour, tells every window, and keeps it after a restart', async () => {
    const s = await services()
    const heard: unknown[] = []
    s.events.subscribe((name, e) => name === 'annotations:changed' && heard.push(e))
    const r = await dispatch(s.api, 'recolor', ['red', '#1A2B3C'])
    expect(r.ok).toBe(true)
    const palette = await s.api.getPalette()
    expect(palette.ok && palette.value.find((p) => p.id === 'red')?.color).toBe('#1a2b3c')
    expect(heard).toEqual([{ articles: 'all' }])
    await s.close()
    open.splice(0)
    const again = await services(s.dataDir)
    const kept = await again.api.getPalette()
    expect(kept.ok && kept.value.find((p) => p.id === 'red')?.color).toBe('#1a2b3c')
  })

  it.each(['red', 'url(http://127.0.0.1/)', '#12345', '#fff; x: y', ''])(
    'refuses %j as a colour, leaving the palette as it was',
    async (color) => {
      const s = await services()
      const before = await s.api.getPalette()
      const r = await dispatch(s.api, 'recolor', ['red', color])
      expect(r.ok || r.error.code).toBe('invalid-argument')
      expect(await s.api.getPalette()).toEqual(before)
    }
  )

  it('refuses a colour the palette does not have', async () => {
    const s = await services()
    const r = await dispatch(s.api, 'recolor', ['teal', '#008080'])
    expect(r.ok).toBe(false)
    expect(!r.ok && r.error.message).toMatch(/Unknown colour teal/)
  })
})
