import { createHash } from 'node:crypto'

/** Every Automerge chunk (document, change or compressed change) opens with these four bytes. */
const MAGIC = [0x85, 0x6f, 0x4a, 0x83]

/**
 * Whether `bytes` is one or more complete Automerge chunks, each with a matching checksum.
 * Automerge stores the first four bytes of SHA-256 over (type, length, contents) in every
 * chunk header, so a torn or bit-flipped file is caught here without parsing the document:
 * loading it instead would make `loadIncremental` drop every chunk stored alongside it.
 */
export function isWholeAutomergeData(bytes: Uint8Array): boolean {
  if (bytes.length === 0) return false
  let at = 0
  while (at < bytes.length) {
    const next = chunkEnd(bytes, at)
    if (next === null) return false
    at = next
  }
  return true
}

/** Where the chunk starting at `at` ends, or null when it is cut short or damaged. */
function chunkEnd(bytes: Uint8Array, at: number): number | null {
  for (let i = 0; i < MAGIC.length; i++) if (bytes[at + i] !== MAGIC[i]) return null
  const typeAt = at + 8
  let p = typeAt + 1
  let length = 0
  for (let shift = 0; ; shift += 7) {
    // A length over 2^49 bytes cannot be real; it also keeps the sum exact in a double.
    if (p >= bytes.length || shift > 49) return null
    const byte = bytes[p++] as number
    length += (byte & 0x7f) * 2 ** shift
    if ((byte & 0x80) === 0) break
  }
  const end = p + length
  if (end > bytes.length) return null
  const sum = createHash('sha256').update(bytes.subarray(typeAt, end)).digest()
  for (let i = 0; i < 4; i++) if (sum[i] !== bytes[at + 4 + i]) return null
  return end
}
