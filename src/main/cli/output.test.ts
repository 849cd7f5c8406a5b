import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { analyzeCommand } from './analyze'
import { clean, jsonText } from './output'
import { progress } from './progress'

const HOSTILE = 'Summit\x1b]0;pwned\x07 report\x1b[2J\x1b[H\r\x9b31m\u202e'

describe('terminal escapes in output', () => {
  afterEach(() => vi.restoreAllMocks())

  it('removes whole escape sequences and control characters from text for people', () => {
    expect(clean(HOSTILE)).toBe('Summit report31m')
    expect(clean('tabs\tand\nlines stay')).toBe('tabs\tand\nlines stay')
  })

  it('escapes them in JSON, which still parses to the exact text', () => {
    const text = jsonText({ title: HOSTILE })
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point
    expect(text).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202e]/)
    expect((JSON.parse(text) as { title: string }).title).toBe(HOSTILE)
  })

  it('prints a file name carrying escapes without them, on stdout and stderr', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-esc-'))
    try {
      writeFileSync(join(dir, 'a\x1b]0;pwned\x07.txt'), 'The summit opened on Tuesday in Brussels.')
      writeFileSync(join(dir, 'b\x1b[2J.txt'), '')
      let written = ''
      const capture = (chunk: unknown): boolean => ((written += String(chunk)), true)
      vi.spyOn(process.stdout, 'write').mockImplementation(capture)
      vi.spyOn(process.stderr, 'write').mockImplementation(capture)
      expect(await analyzeCommand([dir], false)).toBe(4)
      expect(written).toContain(`${join(dir, 'a.txt')}`)
      expect(written).toContain(`skipped ${join(dir, 'b.txt')}: b.txt is empty.`)
      // eslint-disable-next-line no-control-regex -- looking for control characters is the point
      expect(written).not.toMatch(/[\x1b\x07]/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('progress', () => {
  const stream = (isTTY: boolean) => {
    const s = { isTTY, columns: 40, text: '', write: (c: string) => ((s.text += c), true) }
    return s
  }

  it('draws on a terminal and clears its line at the end', () => {
    const s = stream(true)
    const bar = progress('reading', s as unknown as NodeJS.WriteStream, () => 1000)
    bar.step(1, 2, 'a\x1b[2J.txt')
    bar.end()
    expect(s.text).toBe('\r\x1b[Kreading 1/2 a.txt\r\x1b[K')
  })

  it('writes nothing when stderr is not a terminal', () => {
    const s = stream(false)
    const bar = progress('reading', s as unknown as NodeJS.WriteStream)
    bar.step(1, 2, 'a.txt')
    bar.note('analysing')
    bar.end()
    expect(s.text).toBe('')
  })
})
