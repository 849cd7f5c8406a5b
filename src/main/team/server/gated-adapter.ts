import { cbor, type DocumentId, type PeerId } from '@automerge/automerge-repo'
import { WebSocketServerAdapter } from '@automerge/automerge-repo-network-websocket'
import type { WebSocket, WebSocketServer } from 'ws'
import type { Member } from './members'
import { checkFrame } from './frame-check'

/** What the server knows of one connection: who authenticated it and what it has sent. */
type Session = {
  member: Member
  tokenSha256: string
  peerId: string | null
  /** Frames for documents not (yet) listed by the library, held until it lists them. */
  held: { documentId: DocumentId; bytes: Uint8Array; at: number }[]
}

export type Refusal = { member: string; reason: string }

/** Documents a client syncs before the library lists them arrive a moment early: hold, don't drop. */
const HOLD_MS = 30_000
const HOLD_MAX = 512

/**
 * automerge-repo's WebSocket server adapter with the team's rules in front of it. Every frame
 * from a member passes `checkFrame` first: a peer id that is not the member's, a malformed
 * frame or one for a document outside the team is refused and the connection closed (the
 * server carries on); a reader's frame that carries changes is dropped, so readers never write.
 */
export class GatedServerAdapter extends WebSocketServerAdapter {
  private readonly sessions = new WeakMap<WebSocket, Session>()

  constructor(
    private readonly wss: WebSocketServer,
    private readonly allowed: (doc: DocumentId) => boolean,
    private readonly onRefusal: (r: Refusal) => void,
    /** Told after each frame reaches the repo, which may have made a new document handle. */
    private readonly onPassed: () => void = () => undefined
  ) {
    // isomorphic-ws re-declares ws's types; at run time it is ws itself.
    super(wss as never)
  }

  /** Called at upgrade, once the token is checked, before the socket reaches the adapter. */
  admit(socket: WebSocket, member: Member, tokenSha256: string): void {
    this.sessions.set(socket, { member, tokenSha256, peerId: null, held: [] })
  }

  override receiveMessage(bytes: Uint8Array, socket: WebSocket): void {
    const session = this.sessions.get(socket)
    if (!session) return this.refuse(socket, '?', 'a connection that was never admitted')
    let message: unknown
    try {
      message = cbor.decode(bytes)
    } catch {
      return this.refuse(socket, session.member.name, 'a frame that is not CBOR')
    }
    const frame = checkFrame(message, session.member.name, session.peerId, String(this.peerId))
    if (frame.kind === 'refuse') return this.refuse(socket, session.member.name, frame.reason)
    if (frame.kind === 'ignore') return
    if (frame.kind === 'join') session.peerId = frame.peerId
    else if (frame.kind === 'doc' && frame.carriesChanges && session.member.role === 'reader')
      return this.onRefusal({
        member: session.member.name,
        reason: 'a reader sent changes (dropped)'
      })
    else if (!this.allowed(frame.documentId)) {
      // A push may name a document the library lists a moment later; a request for one it does
      // not list is answered at once, as if the server had never heard of it.
      if (frame.kind === 'doc' && frame.type === 'request')
        return this.unavailable(session, frame.documentId)
      return this.hold(session, frame.documentId, bytes)
    }
    super.receiveMessage(bytes, socket)
    this.onPassed()
  }

  /** Passes on held frames whose documents the library now lists; answers stale ones. */
  release(): void {
    for (const socket of this.wss.clients) {
      const session = this.sessions.get(socket)
      if (!session || session.held.length === 0) continue
      const now = Date.now()
      const keep: Session['held'] = []
      for (const h of session.held) {
        if (this.allowed(h.documentId)) super.receiveMessage(h.bytes, socket)
        else if (now - h.at < HOLD_MS) keep.push(h)
        else this.unavailable(session, h.documentId)
      }
      session.held = keep
    }
  }

  /** Closes every connection of a member whose token no longer matches (removed or rotated). */
  dropRevoked(current: (name: string) => string | undefined): void {
    for (const socket of this.wss.clients) {
      const s = this.sessions.get(socket)
      if (s && current(s.member.name) !== s.tokenSha256) {
        this.onRefusal({ member: s.member.name, reason: 'membership removed or token rotated' })
        socket.close(4003, 'membership revoked')
      }
    }
  }

  private hold(s: Session, documentId: DocumentId, bytes: Uint8Array): void {
    if (s.held.length >= HOLD_MAX) {
      const oldest = s.held.shift()
      if (oldest) this.unavailable(s, oldest.documentId)
    }
    s.held.push({ documentId, bytes, at: Date.now() })
  }

  private unavailable(s: Session, documentId: DocumentId): void {
    this.onRefusal({ member: s.member.name, reason: `document ${documentId} is not this team's` })
    if (s.peerId)
      this.send({
        type: 'doc-unavailable',
        senderId: this.peerId as PeerId,
        targetId: s.peerId as PeerId,
        documentId
      })
  }

  private refuse(socket: WebSocket, member: string, reason: string): void {
    this.onRefusal({ member, reason })
    // 1008: policy violation. The reason travels in the close frame, so the client can say it.
    socket.close(1008, reason.slice(0, 120))
  }
}
