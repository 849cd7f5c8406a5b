/**
 * A large request body must not stall the browser host: while one client posts a file import
 * near the body limit, another asks for app:info every 20 ms; the figure is the slowest of
 * those small answers. Baseline in the same run: the slowest small answer with no large body.
 *   npx tsx bench/host-body.ts
 */
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { MAX_IMPORT_BYTES } from '../src/shared/schemas'
import { request } from 'node:http'
import { startHost } from '../src/main/host/server'
import { createServices } from '../src/main/services'

const dir = mkdtempSync(join(tmpdir(), 'parallax-bench-body-'))
const renderer = join(dir, 'renderer')

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
  // A fresh connection per call: a stalled loop must show as a slow answer, not as a reused
  // keep-alive socket the server closed meanwhile.
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
  const small = JSON.stringify({ args: [] })
  const probe = async (until: () => boolean): Promise<number> => {
    let worst = 0
    while (!until()) {
      const t = performance.now()
      await call('app:info', small)
      worst = Math.max(worst, performance.now() - t)
      await new Promise((r) => setTimeout(r, 20))
    }
    return worst
  }
  const line = 'The minister said 4,000 troops would stay until the talks ended in March.\n'
  const text = line.repeat(Math.floor((MAX_IMPORT_BYTES * 0.95) / line.length))
  // The renderer's wire format (toWire), built with Node's base64, which is much faster.
  const $bytes = Buffer.from(text).toString('base64')
  const big = Buffer.from(JSON.stringify({ args: [{ name: 'large.txt', data: { $bytes } }] }))
  console.log(
    `body ${(big.length / 1e6).toFixed(1)} MB (import of a ${(text.length / 1e6).toFixed(1)} MB .txt)`
  )

  let quietDone = false
  setTimeout(() => (quietDone = true), 1500)
  const quiet = await probe(() => quietDone)

  const loop = monitorEventLoopDelay({ resolution: 10 })
  loop.enable()
  let done = false
  const t0 = performance.now()
  const posted = call('articles:import', big).then((r) => {
    done = true
    return JSON.parse(r) as { ok: boolean; error?: { message: string } }
  })
  const worst = await probe(() => done)
  const result = await posted
  loop.disable()
  console.log(
    `import ${result.ok ? 'ok' : result.error?.message} in ${(performance.now() - t0).toFixed(0)} ms`
  )
  console.log(`slowest app:info beside it: ${worst.toFixed(0)} ms (alone: ${quiet.toFixed(0)} ms)`)
  console.log(`longest event-loop stall: ${(loop.max / 1e6).toFixed(0)} ms`)
  if (process.env.BENCH_RESULTS)
    appendFileSync(
      process.env.BENCH_RESULTS,
      JSON.stringify({
        name: 'slowest small request beside a large body (ms)',
        value: worst,
        baseline: quiet
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
