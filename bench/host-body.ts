/**
 * A large request body must not stall the browser host: while one client posts a file import
 * near the body limit, another asks for app:info every 20 ms; the figure is the slowest of
 * those small answers. Baseline in the same run: the same, with the same size of body parsed
 * on the host's main thread (as every body was before large ones went to a worker) and then
 * imported the same way, so both sides pay the import and differ only in where the body is
 * parsed. The slowest small answer with nothing else going on is printed too.
 *   npx tsx bench/host-body.ts
 */
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { MAX_IMPORT_BYTES } from '../src/shared/schemas'
import { request } from 'node:http'
import { Worker } from 'node:worker_threads'
import { startHost } from '../src/main/host/server'
import { createServices } from '../src/main/services'
import { dispatch } from '../src/main/dispatch'
import { methodForChannel } from '../src/shared/contract'
import { fromWire } from '../src/shared/wire'

const dir = mkdtempSync(join(tmpdir(), 'parallax-bench-body-'))
const renderer = join(dir, 'renderer')

// The probing client: app:info every 20 ms until told to stop, then the slowest answer.
const PROBE = `
const { parentPort, workerData } = require('node:worker_threads')
const { request } = require('node:http')
let stop = false
let worst = 0
parentPort.once('message', () => (stop = true))
const call = () =>
  new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: workerData.port,
        path: '/api/app:info',
        method: 'POST',
        agent: false,
        headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + workerData.token }
      },
      (res) => {
        res.resume()
        res.on('end', resolve)
      }
    )
    req.on('error', reject)
    req.end('{"args":[]}')
  })
;(async () => {
  await call()
  parentPort.postMessage('running')
  while (!stop) {
    const t = performance.now()
    await call()
    worst = Math.max(worst, performance.now() - t)
    await new Promise((r) => setTimeout(r, 20))
  }
  parentPort.postMessage(worst)
})()
`

async function main(): Promise<void> {
  mkdirSync(renderer)
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Parallax</title>')
  const services = await createServices({
    dataDir: join(dir, 'data'),
    transport: 'http',
    version: 'bench',
    sampleDir: null
  })
  const host = await startHost({ services, rendererDir: renderer })
  // The large body is posted from here, on a connection of its own.
  const call = (channel: string, body: string | Buffer): Promise<string> =>
    new Promise((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: host.port,
          path: `/api/${channel}`,
          method: 'POST',
          agent: false,
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` }
        },
        (res) => {
          let text = ''
          res.on('data', (c: Buffer) => (text += c.toString()))
          res.on('end', () => resolve(text))
        }
      )
      req.on('error', reject)
      req.end(body)
    })
  /**
   * Small requests from a thread of its own, as the browser is a process of its own: a stalled
   * host thread shows as a slow answer, never as a paused client. The slowest answer while
   * `work` runs.
   */
  const probing = async <T>(work: () => Promise<T>): Promise<{ worst: number; value: T }> => {
    const w = new Worker(PROBE, { eval: true, workerData: { port: host.port, token: host.token } })
    await new Promise<void>((resolve) => w.once('message', () => resolve()))
    const value = await work()
    const worst = new Promise<number>((resolve) => w.once('message', resolve))
    w.postMessage('stop')
    const result = await worst
    await w.terminate()
    return { worst: result, value }
  }
  // Two bodies of the same size and shape; different texts, so neither import is a duplicate.
  const body = (troops: string): { text: string; wire: Buffer } => {
    const line = `The minister said ${troops} troops would stay until the talks ended in March.\n`
    const text = line.repeat(Math.floor((MAX_IMPORT_BYTES * 0.95) / line.length))
    // The renderer's wire format (toWire), built with Node's base64, which is much faster.
    const $bytes = Buffer.from(text).toString('base64')
    return {
      text,
      wire: Buffer.from(JSON.stringify({ args: [{ name: 'large.txt', data: { $bytes } }] }))
    }
  }
  const inWorker = body('4,000')
  const onMain = body('5,000')
  console.log(
    `body ${(inWorker.wire.length / 1e6).toFixed(1)} MB (import of a ${(inWorker.text.length / 1e6).toFixed(1)} MB .txt)`
  )

  const quiet = (await probing(() => new Promise((r) => setTimeout(r, 1500)))).worst

  type Imported = { ok: boolean; error?: { message: string } }
  /** The slowest small answer while `work` runs, the longest event-loop stall, and the import's time. */
  const beside = async (
    work: () => Promise<Imported>
  ): Promise<{ worst: number; stall: number; ms: number; result: Imported }> => {
    const loop = monitorEventLoopDelay({ resolution: 10 })
    loop.enable()
    const t0 = performance.now()
    const { worst, value } = await probing(work)
    loop.disable()
    return { worst, stall: loop.max / 1e6, ms: performance.now() - t0, result: value }
  }
  const method = methodForChannel('articles:import')
  if (!method) throw new Error('no articles:import channel')
  // Baseline: the body parsed on this (the host's) thread, then the same import call.
  const main = await beside(async () => {
    const parsed = fromWire(onMain.wire.toString('utf8')) as { args: unknown }
    return (await dispatch(services.api, method, parsed.args)) as Imported
  })
  // Now: the body posted to the host, which parses it in a worker.
  const posted = await beside(
    async () => JSON.parse(await call('articles:import', inWorker.wire)) as Imported
  )
  for (const [name, r] of [
    ['parsed on the main thread (baseline)', main],
    ['posted to the host (parsed in a worker)', posted]
  ] as const)
    console.log(
      `${name}: import ${r.result.ok ? 'ok' : r.result.error?.message} in ${r.ms.toFixed(0)} ms; ` +
        `slowest app:info beside it ${r.worst.toFixed(0)} ms; longest event-loop stall ${r.stall.toFixed(0)} ms`
    )
  console.log(`slowest app:info with nothing else going on: ${quiet.toFixed(0)} ms`)
  if (process.env.BENCH_RESULTS)
    appendFileSync(
      process.env.BENCH_RESULTS,
      JSON.stringify({
        name: 'slowest small request beside a large body: parsed in a worker vs on the main thread (ms)',
        value: posted.worst,
        baseline: main.worst
      }) + '\n'
    )
  await host.close()
  await services.close()
}

main()
  .catch((e) => {
    console.error(e)
    process.exitCode = 1
  })
  .finally(() => rmSync(dir, { recursive: true, force: true }))
