import { execFileSync } from 'node:child_process'
import { createServer } from 'node:http'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { findChromium } from '../../../../scripts/chromium.cjs'
import { defaultPrinter } from './pdf'

const hasPdftotext = (): boolean => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

const print = async (html: string): Promise<string> => {
  const r = await defaultPrinter(findChromium, { PARALLAX_PDF_ENGINE: 'chromium' })(
    html,
    {} as never
  )
  if (!r.ok) throw new Error(r.error.message)
  return execFileSync('pdftotext', ['-', '-'], { input: r.value }).toString()
}

describe.skipIf(!findChromium() || !hasPdftotext())('the Chromium PDF printer', () => {
  it('runs no script in the printed page', async () => {
    const text = await print(
      `<html><body><p id="t">Hello briefing</p><script>document.getElementById('t').textContent = 'SCRIPT RAN'; document.body.insertAdjacentHTML('beforeend', '<p>SCRIPT WROTE THIS</p>')</script></body></html>`
    )
    expect(text).toContain('Hello briefing')
    expect(text).not.toContain('SCRIPT')
  }, 60_000)

  it('prints no local file the page points at', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-secret-'))
    const secret = join(dir, 'secret.txt')
    writeFileSync(secret, 'PRIVATE KEY MATERIAL')
    const url = pathToFileURL(secret).href
    try {
      const text = await print(
        `<html><body><p>Hello briefing</p><iframe src="${url}"></iframe><object data="${url}" type="text/plain"></object><embed src="${url}" type="text/plain"><iframe src="file:///etc/hostname"></iframe></body></html>`
      )
      expect(text).toContain('Hello briefing')
      expect(text).not.toContain('PRIVATE KEY')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 60_000)

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
