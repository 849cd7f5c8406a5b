import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { Finding } from '../../../shared/model'
import { workerChannel } from './channels'

// A stand-in worker that speaks the protocol: it reports progress, answers `findings` with
// one finding per part it runs, and dies on a document whose text is "crash".
const script = join(mkdtempSync(join(tmpdir(), 'parallax-channel-')), 'worker.cjs')
writeFileSync(
  script,
  `const { parentPort, workerData } = require('node:worker_threads')
  parentPort.on('message', ({ seq, req }) => {
    if (req.op === 'sync' && req.docs.some((d) => d.text === 'crash')) process.exit(3)
    if (req.op === 'sync') parentPort.postMessage({ seq, progress: workerData.parts.length })
    const value = req.op === 'findings'
      ? workerData.parts.map((p) => ({ id: p, kind: 'overlap', score: 1, a: {}, b: {} }))
      : req.op === 'sync' ? req.docs.length : req.ids.length
    parentPort.postMessage({ seq, ok: true, value })
  })`
)
const doc = (text: string): { id: string; text: string; contentHash: string } => ({
  id: text,
  text,
  contentHash: text
})

describe('the worker channel', () => {
  const channel = workerChannel(script, [['overlap', 'paraphrase'], ['contradiction']])
  afterAll(() => channel.close())

  it('sends each request to every worker and merges their findings', async () => {
    const progress: number[] = []
    expect(await channel.request({ op: 'sync', docs: [doc('a')] }, (n) => progress.push(n))).toBe(1)
    // Progress is the slowest worker's: none until both have reported.
    expect(progress.at(-1)).toBe(1)
    const found: Finding[] = await channel.request({ op: 'findings' })
    expect(found.map((f) => f.id)).toEqual(['overlap', 'paraphrase', 'contradiction'])
  })

  it('fails the pending request when a worker dies, and restarts it on the next', async () => {
    await expect(channel.request({ op: 'sync', docs: [doc('crash')] })).rejects.toThrow(
      /analysis worker stopped \(exit code 3\)/
    )
    expect(await channel.request({ op: 'sync', docs: [doc('b'), doc('c')] })).toBe(2)
  })
})
