import { X509Certificate } from 'node:crypto'
import type { PeerCertificate } from 'node:tls'
import {
  cbor,
  NetworkAdapter,
  type Message,
  type PeerId,
  type PeerMetadata
} from '@automerge/automerge-repo'
import WebSocket from 'ws'

/** How to reach the team server: everything comes from a verified invite. */
export type ServerPin = {
  /** https://host:port */
  server: string
  token: string
  /** 64 hex: the SHA-256 the invite pinned. */
  fingerprint: string
  /** The server's certificate, fetched once at join and checked against `fingerprint`. */
  certPem: string
}

/** The connection as the status chip needs it; `refused` carries the server's sentence. */
export type LinkState =
  | { kind: 'connecting' }
  | { kind: 'open' }
  | { kind: 'offline'; reason: string }
  | { kind: 'refused'; reason: string }

const RETRY_MS = 2000
const MAX_FRAME = 64 * 1024 * 1024

/**
 * automerge-repo's WebSocket client protocol (join, peer, then repo messages in CBOR) over a
 * connection that trusts exactly one certificate: the pinned one. The stock client adapter
 * takes no TLS options or headers and throws on any error but ECONNREFUSED; this one sends the
 * member token in a header (never in the URL, which servers log), refuses any other
 * certificate before a byte of the token leaves, and reports why it is offline.
 */
export class PinnedWebSocketAdapter extends NetworkAdapter {
  private socket: WebSocket | null = null
  private remotePeerId: PeerId | null = null
  private stopped = false
  private ready = false
  private resolveReady: () => void = () => undefined
  private readonly readyPromise = new Promise<void>((r) => (this.resolveReady = r))
  private retry: NodeJS.Timeout | null = null

  constructor(
    private readonly pin: ServerPin,
    private readonly onState: (s: LinkState) => void = () => undefined
  ) {
    super()
  }

  isReady(): boolean {
    return this.ready
  }

  /** The server's peer id while connected. */
  serverPeer(): PeerId | null {
    return this.remotePeerId
  }

  whenReady(): Promise<void> {
    return this.readyPromise
  }

  connect(peerId: PeerId, peerMetadata?: PeerMetadata): void {
    this.peerId = peerId
    this.peerMetadata = peerMetadata ?? {}
    this.stopped = false
    // Offline is a normal state: the repo must not wait on the server to open local documents.
    setTimeout(() => this.markReady(), 1000).unref()
    this.open()
  }

  send(message: Message): void {
    if (this.socket?.readyState !== WebSocket.OPEN) return
    this.socket.send(cbor.encode(message))
  }

  disconnect(): void {
    this.stopped = true
    if (this.retry) clearTimeout(this.retry)
    this.socket?.close()
    this.socket = null
    this.lost('disconnected')
  }

  private open(): void {
    this.onState({ kind: 'connecting' })
    const ws = new WebSocket(`${this.pin.server.replace(/^https:/, 'wss:')}/sync`, {
      ca: this.pin.certPem,
      checkServerIdentity: pinCheck(this.pin.fingerprint),
      headers: { authorization: `Bearer ${this.pin.token}` },
      maxPayload: MAX_FRAME,
      handshakeTimeout: 10_000
    })
    this.socket = ws
    let refused: string | null = null
    ws.binaryType = 'nodebuffer'
    ws.on('open', () =>
      ws.send(
        cbor.encode({
          type: 'join',
          senderId: this.peerId,
          peerMetadata: this.peerMetadata,
          supportedProtocolVersions: ['1']
        })
      )
    )
    ws.on('message', (data: Buffer) => this.receive(new Uint8Array(data)))
    ws.on('unexpected-response', (_req, res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (c: string) => (body += c.slice(0, 500)))
      res.on('end', () => {
        refused = body.trim() || `the server answered ${res.statusCode}`
        ws.terminate()
      })
    })
    ws.on('error', (e) => (refused ??= describe(e)))
    ws.on('close', (code, reason) => {
      if (this.socket !== ws) return
      this.socket = null
      const why = refused ?? (reason.toString() || `connection closed (${code})`)
      this.lost(why)
      if (refused !== null && /token|pinned|certificate/i.test(refused))
        this.onState({ kind: 'refused', reason: refused })
      else this.onState({ kind: 'offline', reason: why })
      if (!this.stopped) this.retry = setTimeout(() => this.open(), RETRY_MS)
    })
  }

  private receive(bytes: Uint8Array): void {
    let message: { type?: string; senderId?: PeerId; peerMetadata?: PeerMetadata; message?: string }
    try {
      message = cbor.decode(bytes) as typeof message
    } catch {
      return
    }
    if (message.type === 'peer' && message.senderId) {
      this.remotePeerId = message.senderId
      this.markReady()
      this.onState({ kind: 'open' })
      this.emit('peer-candidate', {
        peerId: message.senderId,
        peerMetadata: message.peerMetadata ?? {}
      })
    } else if (message.type === 'error') {
      this.onState({ kind: 'refused', reason: String(message.message) })
    } else if (this.remotePeerId) {
      this.emit('message', message as Message)
    }
  }

  private lost(_why: string): void {
    if (!this.remotePeerId) return
    this.emit('peer-disconnected', { peerId: this.remotePeerId })
    this.remotePeerId = null
  }

  private markReady(): void {
    if (this.ready) return
    this.ready = true
    this.resolveReady()
  }
}

/**
 * tls.connect's checkServerIdentity, which ws passes through untouched (its typings say boolean,
 * but TLS wants an Error to refuse); it runs before any request byte is written.
 */
const pinCheck = (fingerprint: string) =>
  ((_host: string, cert: PeerCertificate) => pinError(cert, fingerprint)) as unknown as (
    host: string,
    cert: unknown
  ) => boolean

/** Undefined when the certificate is the pinned one; otherwise the error that ends the handshake. */
export function pinError(cert: PeerCertificate, fingerprint: string): Error | undefined {
  const got = cert.raw ? new X509Certificate(cert.raw).fingerprint256 : cert.fingerprint256
  const hex = (got ?? '').replace(/:/g, '').toLowerCase()
  return hex === fingerprint
    ? undefined
    : new Error(
        `The server's certificate is not the pinned one (expected ${fingerprint.slice(0, 16)}…, got ${hex.slice(0, 16)}…): refusing to send the token.`
      )
}

function describe(e: Error & { code?: string }): string {
  if (e.code === 'ECONNREFUSED') return 'the team server is not running or not reachable'
  if (e.code === 'ETIMEDOUT' || e.code === 'EHOSTUNREACH') return 'the team server is unreachable'
  if (/pinned/.test(e.message)) return e.message
  if (e.code && /CERT|SELF_SIGNED|SSL/.test(e.code))
    return `the server's certificate is not the pinned one (${e.code}): refusing to send the token`
  return e.message
}
