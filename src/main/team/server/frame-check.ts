import { decodeSyncMessage } from '@automerge/automerge'
import { isValidDocumentId, type DocumentId } from '@automerge/automerge-repo'

/** A frame from a member, checked before automerge-repo sees it. */
export type CheckedFrame =
  | { kind: 'join'; peerId: string }
  | { kind: 'doc'; type: 'sync' | 'request'; documentId: DocumentId; carriesChanges: boolean }
  | { kind: 'ephemeral'; documentId: DocumentId }
  | { kind: 'ignore' }
  | { kind: 'refuse'; reason: string }

const MAX_PEER_ID = 128

/**
 * Classifies one decoded frame. The stock server adapter destructures whatever it decodes and
 * the repo throws on a bad document id or sync payload, either of which would take the server
 * down; so every field the repo reads is checked here and anything else is refused by name.
 */
export function checkFrame(
  message: unknown,
  member: string,
  joinedAs: string | null,
  serverPeerId: string
): CheckedFrame {
  if (typeof message !== 'object' || message === null || Array.isArray(message))
    return { kind: 'refuse', reason: 'a frame that is not a message' }
  const m = message as Record<string, unknown>
  if (typeof m.type !== 'string' || typeof m.senderId !== 'string')
    return { kind: 'refuse', reason: 'a message without a type or sender' }
  if (m.type === 'join') {
    if (!m.senderId.startsWith(`${member}:`) || m.senderId.length > MAX_PEER_ID)
      return { kind: 'refuse', reason: `peer id "${m.senderId.slice(0, 80)}" is not ${member}'s` }
    if (joinedAs !== null && joinedAs !== m.senderId)
      return { kind: 'refuse', reason: 'a second peer id on one connection' }
    return { kind: 'join', peerId: m.senderId }
  }
  if (joinedAs === null) return { kind: 'refuse', reason: 'a message before joining' }
  if (m.senderId !== joinedAs) return { kind: 'refuse', reason: 'a message from another peer id' }
  if (m.targetId !== serverPeerId) return { kind: 'refuse', reason: 'a message for another peer' }
  // Remote-heads gossip is off on this server; doc-unavailable from a client needs no answer.
  if (m.type === 'doc-unavailable' || m.type.startsWith('remote-')) return { kind: 'ignore' }
  if (m.type !== 'sync' && m.type !== 'request' && m.type !== 'ephemeral')
    return { kind: 'refuse', reason: `an unknown message type "${m.type.slice(0, 40)}"` }
  if (typeof m.documentId !== 'string' || !isValidDocumentId(m.documentId))
    return { kind: 'refuse', reason: 'a message without a valid document id' }
  if (!(m.data instanceof Uint8Array) || m.data.byteLength === 0)
    return { kind: 'refuse', reason: 'a message without data' }
  if (m.type === 'ephemeral') {
    if (typeof m.count !== 'number' || typeof m.sessionId !== 'string')
      return { kind: 'refuse', reason: 'an ephemeral message without count or session' }
    return { kind: 'ephemeral', documentId: m.documentId }
  }
  let changes: number
  try {
    changes = decodeSyncMessage(m.data).changes.length
  } catch {
    return { kind: 'refuse', reason: 'a sync message Automerge cannot read' }
  }
  return { kind: 'doc', type: m.type, documentId: m.documentId, carriesChanges: changes > 0 }
}
