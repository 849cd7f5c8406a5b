import { afterAll, describe, expect, it } from 'vitest'
import { closeBodyParser, parseBody, WORKER_PARSE_BYTES } from './read-body'

afterAll(closeBodyParser)

const importBody = (bytes: number): Buffer => {
  const data = Buffer.from(new Uint8Array(bytes).map((_, i) => (i * 31) % 256))
  // The wire format the renderer sends (toWire), built with Node's fast base64.
  return Buffer.from(
    JSON.stringify({ args: [{ name: 'report.pdf', data: { $bytes: data.toString('base64') } }] })
  )
}

describe('parsing a request body', () => {
  it('restores the bytes of a file import, small or large', async () => {
    for (const size of [100, 2 * 1024 * 1024]) {
      const r = await parseBody(importBody(size))
      expect(r.ok).toBe(true)
      const data = (r as { value: { args: [{ data: Uint8Array }] } }).value.args[0].data
      expect(data).toBeInstanceOf(Uint8Array)
      expect(data.length).toBe(size)
      expect(data[size - 1]).toBe(((size - 1) * 31) % 256)
    }
  })

  it('lets other requests be answered while a large body is parsed', async () => {
    // Parsed on this thread, the body would be done before any other callback could run.
    let answeredMeanwhile = false
    setImmediate(() => (answeredMeanwhile = true))
    const r = await parseBody(importBody(2 * 1024 * 1024))
    expect(r.ok).toBe(true)
    expect(answeredMeanwhile).toBe(true)
  })

  it('refuses bad JSON, small or large, and keeps parsing afterwards', async () => {
    expect(await parseBody(Buffer.from('{"args": ['))).toEqual({ ok: false })
    const large = Buffer.from(`{"args": ["${'x'.repeat(WORKER_PARSE_BYTES * 2)}"`)
    expect(await parseBody(large)).toEqual({ ok: false })
    expect((await parseBody(importBody(WORKER_PARSE_BYTES * 2))).ok).toBe(true)
  })
})
