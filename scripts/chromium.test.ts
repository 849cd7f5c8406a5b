import {
  chmodSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { findChromium, openInChromium, writeLauncher } from './chromium.cjs'

const TOKEN = 'f3a9c1d2e4b5a6978877665544332211ffeeddccbbaa99887766554433221100'
const URL_WITH_TOKEN = `http://127.0.0.1:43117/#token=${TOKEN}`

let dir: string
beforeEach(() => void (dir = mkdtempSync(join(tmpdir(), 'parallax-launcher-'))))
afterEach(() => rmSync(dir, { recursive: true, force: true }))

async function waitForFile(path: string): Promise<string> {
  for (let i = 0; i < 200; i++) {
    if (existsSync(path)) {
      const text = readFileSync(path, 'utf8')
      if (text.endsWith('--END--\n')) return text
    }
    await new Promise((r) => setTimeout(r, 25))
  }
  throw new Error(`${path} was never written`)
}

describe('opening the browser host in Chromium', () => {
  it('never puts the token on the command line of the process it starts', async () => {
    // A stand-in Chromium that records the argv the operating system gave it.
    const argvFile = join(dir, 'argv.txt')
    const fake = join(dir, 'fake-chromium')
    writeFileSync(fake, `#!/bin/sh\nprintf '%s\\n' "$@" --END-- > '${argvFile}'\n`)
    chmodSync(fake, 0o755)
    const dataDir = join(dir, 'data')

    const { launcher } = openInChromium({
      url: URL_WITH_TOKEN,
      dataDir,
      chromium: fake,
      hasDisplay: true
    })

    const argv = await waitForFile(argvFile)
    expect(argv).not.toContain(TOKEN)
    expect(argv).not.toContain('#token')
    const app = argv.split('\n').find((a) => a.startsWith('--app='))
    expect(app).toBe(`--app=file://${launcher}`)
    expect(readFileSync(fileURLToPath(app!.slice('--app='.length)), 'utf8')).toContain(
      URL_WITH_TOKEN
    )
  })

  it('writes the launcher readable by its owner only, in a private folder', () => {
    const dataDir = join(dir, 'data')
    const file = writeLauncher(dataDir, URL_WITH_TOKEN)
    expect(statSync(file).mode & 0o777).toBe(0o600)
    expect(statSync(dataDir).mode & 0o777).toBe(0o700)
    expect(readFileSync(file, 'utf8')).toContain(`content="0;url=${URL_WITH_TOKEN}"`)
  })

  it('replaces a link planted at the launcher path instead of writing through it', () => {
    const target = join(dir, 'elsewhere.txt')
    writeFileSync(target, 'untouched')
    const dataDir = join(dir, 'data')
    writeLauncher(dataDir, 'http://127.0.0.1:1/#token=old')
    rmSync(join(dataDir, 'open-parallax.html'))
    symlinkSync(target, join(dataDir, 'open-parallax.html'))

    writeLauncher(dataDir, URL_WITH_TOKEN)

    expect(readFileSync(target, 'utf8')).toBe('untouched')
    expect(readFileSync(join(dataDir, 'open-parallax.html'), 'utf8')).toContain(TOKEN)
  })

  it('escapes the URL inside the HTML', () => {
    const file = writeLauncher(dir, 'http://127.0.0.1:1/#token="><script>x</script>')
    expect(readFileSync(file, 'utf8')).not.toContain('<script>')
  })

  it('starts nothing and writes no token without a display', () => {
    let started = false
    const r = openInChromium({
      url: URL_WITH_TOKEN,
      dataDir: dir,
      chromium: '/usr/bin/chromium',
      hasDisplay: false,
      spawn: (() => {
        started = true
        throw new Error('must not start')
      }) as never
    })
    expect(started).toBe(false)
    expect(r.launcher).toBeNull()
    expect(r.message).toMatch(/No display/)
  })
})

describe('finding Chromium', () => {
  it('takes PARALLAX_CHROMIUM first, as the launcher, the PDF printer and the tests all do', () => {
    expect(findChromium({ PARALLAX_CHROMIUM: '/opt/chromium/chrome' })).toBe('/opt/chromium/chrome')
  })

  it('otherwise finds an installed browser, or says there is none', () => {
    const found = findChromium({})
    expect(found === null || existsSync(found)).toBe(true)
  })
})
