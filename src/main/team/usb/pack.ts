import type { Chunk } from '@automerge/automerge-repo'

/** A storage's chunks as one byte string: per chunk, key length, key (parts joined by NUL), data length, data. */
export function pack(chunks: Chunk[]): Buffer {
  const parts: Buffer[] = []
  for (const c of chunks) {
    if (!c.data) continue
    const key = Buffer.from(c.key.join('\u0000'), 'utf8')
    const head = Buffer.alloc(8)
    head.writeUInt32BE(key.length, 0)
    head.writeUInt32BE(c.data.byteLength, 4)
    parts.push(head, key, Buffer.from(c.data))
  }
  return Buffer.concat(parts)
}

/** The inverse of `pack`; throws on a truncated or inconsistent byte string. */
export function unpack(bytes: Buffer): Chunk[] {
  const out: Chunk[] = []
  let at = 0
  while (at < bytes.length) {
    if (at + 8 > bytes.length) throw new Error('The stick contents are truncated.')
    const keyLen = bytes.readUInt32BE(at)
    const dataLen = bytes.readUInt32BE(at + 4)
    at += 8
    if (at + keyLen + dataLen > bytes.length) throw new Error('The stick contents are truncated.')
    const key = bytes
      .subarray(at, at + keyLen)
      .toString('utf8')
      .split('\u0000')
    at += keyLen
    out.push({ key, data: new Uint8Array(bytes.subarray(at, at + dataLen)) })
    at += dataLen
  }
  return out
}
