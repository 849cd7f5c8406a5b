import { spawn } from 'node:child_process'
import type { Readable, Writable } from 'node:stream'
import { PRINT_HEADERS, PrintPages } from './print-pages'

type Message = {
  id?: number
  method?: string
  params?: Record<string, unknown>
  sessionId?: string
}
type Reply = Message & { result?: Record<string, unknown>; error?: { message: string } }

/**
 * Prints HTML to PDF bytes with headless Chromium driven over the DevTools protocol on a pipe
 * (no port, so no other local process can talk to it). Script is disabled for the page
 * before it loads; every request the page makes, other than the briefing itself, fails in the
 * browser. Chromium's own --print-to-pdf cannot do this: it prints nothing with script off,
 * and it needs the page on disk, where file:// frames could read any file the user can.
 * Rejects with Chromium's stderr tail when the browser dies, and after timeoutMs.
 */
export async function printHtmlWithChromium(
  chromium: string,
  args: readonly string[],
  html: string,
  timeoutMs = 60_000
): Promise<Uint8Array> {
  const child = spawn(chromium, ['--remote-debugging-pipe', ...args, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe']
  })
  let stderr = ''
  child.stderr!.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-2000)))
  const cdp = new PipeClient(child.stdio[3] as Writable, child.stdio[4] as Readable)
  const died = new Promise<never>((_, reject) => {
    child.on('error', reject)
    child.on('exit', (code, signal) =>
      reject(new Error(`Chromium exited (${signal ?? code}) ${stderr.slice(-300)}`))
    )
  })
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Chromium took over ${timeoutMs} ms`)), timeoutMs)
  })
  try {
    return await Promise.race([printPage(cdp, html), died, timeout])
  } finally {
    clearTimeout(timer)
    cdp.close()
    await killAndWait(child)
  }
}

/** The caller removes Chromium's profile folder next; a browser still writing there makes that fail. */
async function killAndWait(child: ReturnType<typeof spawn>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  child.kill('SIGKILL')
  await Promise.race([exited, new Promise<void>((resolve) => setTimeout(resolve, 5_000).unref())])
}

async function printPage(cdp: PipeClient, html: string): Promise<Uint8Array> {
  const pages = new PrintPages()
  const url = pages.add(html)
  const { targetId } = await cdp.send('Target.createTarget', { url: 'about:blank' })
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: true })
  const s = sessionId as string
  cdp.on('Fetch.requestPaused', s, (p) => {
    const request = p.request as { url: string }
    const requestId = p.requestId
    if (pages.allows(request.url, p.resourceType === 'Document'))
      void cdp.send('Fetch.fulfillRequest', fulfil(requestId, html), s).catch(() => {})
    else
      void cdp
        .send('Fetch.failRequest', { requestId, errorReason: 'BlockedByClient' }, s)
        .catch(() => {})
  })
  await cdp.send('Emulation.setScriptExecutionDisabled', { value: true }, s)
  await cdp.send('Fetch.enable', { patterns: [{ urlPattern: '*' }] }, s)
  await cdp.send('Page.enable', {}, s)
  const loaded = cdp.once('Page.loadEventFired', s)
  const nav = await cdp.send('Page.navigate', { url }, s)
  if (nav.errorText) throw new Error(`the briefing did not load: ${String(nav.errorText)}`)
  await loaded
  const { data } = await cdp.send(
    'Page.printToPDF',
    { printBackground: true, preferCSSPageSize: true, displayHeaderFooter: false },
    s
  )
  return new Uint8Array(Buffer.from(data as string, 'base64'))
}

function fulfil(requestId: unknown, html: string): Record<string, unknown> {
  return {
    requestId,
    responseCode: 200,
    responseHeaders: Object.entries(PRINT_HEADERS).map(([name, value]) => ({ name, value })),
    body: Buffer.from(html).toString('base64')
  }
}

/** The DevTools protocol over Chromium's pipe: JSON messages, each ended by a NUL byte. */
class PipeClient {
  private nextId = 1
  private pending = new Map<number, { resolve: (r: Reply) => void; reject: (e: Error) => void }>()
  private listeners: { method: string; sessionId: string; fn: (p: Message['params']) => void }[] =
    []
  private buffered: Buffer[] = []

  constructor(
    private readonly input: Writable,
    output: Readable
  ) {
    output.on('data', (chunk: Buffer) => this.receive(chunk))
    input.on('error', () => {})
  }

  send(
    method: string,
    params: Record<string, unknown>,
    sessionId?: string
  ): Promise<Record<string, unknown>> {
    const id = this.nextId++
    this.input.write(JSON.stringify({ id, method, params, sessionId }) + '\0')
    return new Promise<Reply>((resolve, reject) => this.pending.set(id, { resolve, reject })).then(
      (r) => {
        if (r.error) throw new Error(`${method}: ${r.error.message}`)
        return r.result ?? {}
      }
    )
  }

  on(method: string, sessionId: string, fn: (p: Record<string, unknown>) => void): void {
    this.listeners.push({ method, sessionId, fn: (p) => fn(p ?? {}) })
  }

  once(method: string, sessionId: string): Promise<void> {
    return new Promise((resolve) => this.on(method, sessionId, () => resolve()))
  }

  close(): void {
    for (const p of this.pending.values()) p.reject(new Error('Chromium closed the pipe'))
    this.pending.clear()
    this.input.end()
  }

  private receive(chunk: Buffer): void {
    let start = 0
    for (let end = chunk.indexOf(0); end !== -1; end = chunk.indexOf(0, start)) {
      this.buffered.push(chunk.subarray(start, end))
      this.dispatch(JSON.parse(Buffer.concat(this.buffered).toString()) as Reply)
      this.buffered = []
      start = end + 1
    }
    if (start < chunk.length) this.buffered.push(chunk.subarray(start))
  }

  private dispatch(message: Reply): void {
    if (message.id !== undefined) {
      this.pending.get(message.id)?.resolve(message)
      this.pending.delete(message.id)
      return
    }
    for (const l of this.listeners)
      if (l.method === message.method && l.sessionId === message.sessionId) l.fn(message.params)
  }
}
