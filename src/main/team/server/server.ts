import { createHash, randomBytes } from 'node:crypto'
import { createServer, type Server } from 'node:https'
import type { IncomingMessage } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import {
  parseAutomergeUrl,
  Repo,
  type AutomergeUrl,
  type DocHandle,
  type DocumentId,
  type PeerId,
  type StorageAdapterInterface
} from '@automerge/automerge-repo'
import { WebSocketServer } from 'ws'
import { shutdownRepo } from '../client/shutdown'
import { loadOrCreateCertificate } from './certificate'
import { GatedServerAdapter, type Refusal } from './gated-adapter'
import { route } from './http-routes'
import { listedDocuments } from './listed-docs'
import { memberForToken, membersStamp, readMembers, type Member, type MemberFile } from './members'
import { readTeamFile, writeTeamFile, type TeamFile } from './team-file'

export type TeamServerOptions = {
  /** Holds cert.pem, key.pem, members.json and team.json. */
  dataDir: string
  storage: StorageAdapterInterface
  port: number
  /** 127.0.0.1 for this machine only, 0.0.0.0 for the LAN. */
  bind: string
  onRefusal?: (r: Refusal) => void
}

export type TeamServer = {
  /** https://host:port as members reach it (the bound address, or 127.0.0.1 for 0.0.0.0). */
  url: string
  port: number
  fingerprint: string
  repo: Repo
  close(): Promise<void>
}

/** Largest frame accepted: a first sync of a big article's text fits; a memory bomb does not. */
const MAX_FRAME = 64 * 1024 * 1024
const SYNC_PATH = '/sync'

/**
 * The team server: HTTPS with the team's self-signed certificate, a WebSocket at /sync where
 * members' tokens are checked before the upgrade completes, and a Repo that never announces a
 * document and answers only for the team's library and the documents it lists.
 */
export async function startTeamServer(o: TeamServerOptions): Promise<TeamServer> {
  const cert = await loadOrCreateCertificate(o.dataDir)
  let team: TeamFile = await readTeamFile(o.dataDir)
  let members: MemberFile = await readMembers(o.dataDir)
  let stamp = await membersStamp(o.dataDir)
  const refusal = o.onRefusal ?? (() => undefined)

  const allowedDocs = new Set<DocumentId>()
  const libraryId = (): DocumentId | null =>
    team.library ? parseAutomergeUrl(team.library).documentId : null
  const allowed = (doc: DocumentId): boolean => doc === libraryId() || allowedDocs.has(doc)

  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME })
  const adapter = new GatedServerAdapter(wss, allowed, refusal, () => watchLibrary())
  const repo = new Repo({
    storage: o.storage,
    network: [adapter],
    peerId: `team-server:${randomBytes(6).toString('hex')}` as PeerId,
    shareConfig: { announce: async () => false, access: async (_peer, doc) => allowed(doc) }
  })

  // The library's handle appears when its first frame reaches the repo (or it loads from disk);
  // from then on each change re-reads the documents it lists.
  let watched: DocHandle<unknown> | null = null
  const watchLibrary = (): void => {
    const id = libraryId()
    const handle = id ? repo.handles[id] : undefined
    if (!handle || handle === watched) return
    watched = handle
    const recompute = (): void => {
      allowedDocs.clear()
      if (handle.isReady()) for (const doc of listedDocuments(handle.doc())) allowedDocs.add(doc)
      adapter.release()
    }
    handle.on('change', recompute)
    void handle.whenReady().then(recompute, () => undefined)
  }
  const loadLibrary = (): void => {
    if (team.library) void repo.find(team.library).catch(() => undefined)
    watchLibrary()
  }
  loadLibrary()

  const refreshMembers = async (): Promise<void> => {
    const now = await membersStamp(o.dataDir)
    if (now === stamp) return
    members = await readMembers(o.dataDir)
    stamp = now
    adapter.dropRevoked((name) => members.members[name]?.tokenSha256)
  }
  const authenticate = async (req: IncomingMessage): Promise<Member | null> => {
    await refreshMembers()
    const token = bearer(req)
    return token === null ? null : memberForToken(members, token)
  }

  const server: Server = createServer({ cert: cert.cert, key: cert.key }, (req, res) => {
    route(req, res, {
      authenticate,
      team: () => team,
      claimLibrary: async (url) => {
        team = { ...team, library: url as AutomergeUrl }
        await writeTeamFile(o.dataDir, team)
        adapter.release()
        loadLibrary()
      }
    }).catch(() => res.destroy())
  })
  server.on('upgrade', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    void (async () => {
      if (new URL(req.url ?? '/', 'https://team').pathname !== SYNC_PATH)
        return reject(socket, 404, 'The team server syncs at /sync.')
      const token = bearer(req)
      if (token === null) return reject(socket, 401, 'No member token: join with an invite.')
      const member = await authenticate(req)
      if (!member)
        return reject(socket, 401, 'This member token is not valid (removed or rotated?).')
      wss.handleUpgrade(req, socket, head, (ws) => {
        adapter.admit(ws, member, sha256Hex(token))
        wss.emit('connection', ws, req)
      })
    })().catch(() => socket.destroy())
  })
  // A client that sends garbage before the upgrade must not leave an error unhandled.
  server.on('clientError', (_e, socket) => socket.destroy())

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(o.port, o.bind, () => resolve())
  })
  const timer = setInterval(() => {
    void refreshMembers().catch(() => undefined)
    watchLibrary()
    adapter.release()
  }, 1000)
  timer.unref()

  const port = (server.address() as AddressInfo).port
  const host = o.bind === '0.0.0.0' || o.bind === '::' ? '127.0.0.1' : o.bind
  return {
    url: `https://${host}:${port}`,
    port,
    fingerprint: cert.fingerprint,
    repo,
    close: async () => {
      clearInterval(timer)
      await shutdownRepo(repo)
      wss.close()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }
}

const sha256Hex = (s: string): string => createHash('sha256').update(s).digest('hex')

function bearer(req: IncomingMessage): string | null {
  const m = /^Bearer ([0-9a-f]{64})$/.exec(req.headers.authorization ?? '')
  return m ? m[1]! : null
}

function reject(socket: Socket, status: number, message: string): void {
  const reason = status === 401 ? 'Unauthorized' : 'Not Found'
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\ncontent-type: text/plain\r\ncontent-length: ${Buffer.byteLength(message)}\r\nconnection: close\r\n\r\n${message}`
  )
}
