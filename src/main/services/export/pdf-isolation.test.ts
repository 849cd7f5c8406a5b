import { execFileSync } from 'node:child_process'
import { createServer } from 'node:http'
import { describe, expect, it } from 'vitest'
import { defaultPrinter, findChromium } from './pdf'

const hasPdftotext = (): boolean => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

describe.skipIf(!findChromium() || !hasPdftotext())('the Chromium PDF printer', () => {
  it('lets no request out of a crafted page, loopback included', async () => {
    let hits = 0
    const server = createServer((_req, res) => {
      hits++
      res.end('SERVER TEXT')
    })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    const { port } = server.address() as { port: number }
    const html = `<html><body><p>Hello briefing</p><img src="http://127.0.0.1:${port}/img"><iframe src="http://127.0.0.1:${port}/frame"></iframe><iframe src="http://localhost:${port}/frame2"></iframe></body></html>`
    const r = await defaultPrinter(findChromium, { PARALLAX_PDF_ENGINE: 'chromium' })(
      html,
      {} as never
    )
    server.close()
    expect(r.ok).toBe(true)
    const text = execFileSync('pdftotext', ['-', '-'], { input: r.ok ? r.value : new Uint8Array() })
    expect(text.toString()).toContain('Hello briefing')
    expect(text.toString()).not.toContain('SERVER TEXT')
    expect(hits).toBe(0)
  }, 60_000)
})
