import { spawn, type ChildProcess } from 'node:child_process'
import { resolve } from 'node:path'

const CLI = resolve(__dirname, '../out/main/cli.js')

export type HostProcess = {
  child: ChildProcess
  /** http://127.0.0.1:<port> */
  origin: string
  token: string
  /** Calls one contract channel with the token; resolves with the parsed Result. */
  call<T = unknown>(
    channel: string,
    args: unknown[]
  ): Promise<{ ok: boolean; value?: T; error?: { code: string; message: string } }>
  stop(signal?: NodeJS.Signals): Promise<void>
}

/** Starts the built `parallax serve` on a data folder and waits for its printed URL. */
export async function startHostProcess(
  dataDir: string,
  env: NodeJS.ProcessEnv = {}
): Promise<HostProcess> {
  const child = spawn(process.execPath, [CLI, 'serve'], {
    env: { ...process.env, PARALLAX_DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  const url = await new Promise<string>((ok, fail) => {
    let out = ''
    const onData = (b: Buffer): void => {
      out += b.toString()
      const m = /Open: (\S+)/.exec(out)
      if (m?.[1]) ok(m[1])
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('exit', (code) =>
      fail(new Error(`host exited (${code}) before it was ready: ${out}`))
    )
  })
  const u = new URL(url)
  const token = /token=([^&]+)/.exec(u.hash)?.[1] ?? ''
  return {
    child,
    origin: u.origin,
    token,
    async call<T>(channel: string, args: unknown[]) {
      const res = await fetch(`${u.origin}/api/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({ args })
      })
      return (await res.json()) as {
        ok: boolean
        value?: T
        error?: { code: string; message: string }
      }
    },
    stop: (signal = 'SIGTERM') =>
      new Promise((done) => {
        if (child.exitCode !== null) return done()
        child.once('exit', () => done())
        child.kill(signal)
      })
  }
}
