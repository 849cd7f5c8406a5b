import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createServices } from '.'

const root = mkdtempSync(join(tmpdir(), 'parallax-mode-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))
const mode = (p: string): string => (statSync(p).mode & 0o777).toString(8)

describe.skipIf(process.platform === 'win32')('data folders', () => {
  it('are created readable by this user only, and a loose existing one is tightened', async () => {
    const loose = join(root, 'loose')
    mkdirSync(loose, { mode: 0o755 })
    for (const dir of [join(root, 'new', 'library'), loose]) {
      const s = await createServices({
        dataDir: dir,
        transport: 'http',
        version: 'test',
        sampleDir: null,
        engineChannel: { request: async () => [] as never, close: async () => undefined }
      })
      const r = await s.api.importArticle({ pasted: 'Officials said 6,000 troops crossed.' })
      if (!r.ok || r.value.status !== 'imported') throw new Error('import failed')
      await s.api.createAnnotation({ article: r.value.id, start: 0, end: 9, color: 'red' })
      await s.close()
      for (const sub of ['', 'texts', 'annotations', 'backups'])
        expect(mode(join(dir, sub)), `${dir}/${sub}`).toBe('700')
    }
  })
})
