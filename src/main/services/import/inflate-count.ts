import { Inflate } from 'fflate'
import { constants, inflateRawSync, inflateSync } from 'node:zlib'
import { LimitExceeded } from './limits'

/**
 * The bytes a deflate body inflates to, never producing more than `budget` + 1 of them:
 * zlib's maxOutputLength stops a bomb natively and fast. Returns budget + 1 when the output would
 * pass the budget. A truncated body counts what it yields; a damaged one is counted by fflate
 * up to the damage, as a tolerant reader like pdf.js would decode it.
 */
export function inflatedSize(
  body: Uint8Array,
  budget: number,
  wrapped: boolean
): Uint8Array | number {
  const opts = { maxOutputLength: Math.max(1, budget + 1), finishFlush: constants.Z_SYNC_FLUSH }
  try {
    return wrapped ? inflateSync(body, opts) : inflateRawSync(body, opts)
  } catch (e) {
    if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return budget + 1
    return countTolerantly(wrapped && body[0] === 0x78 ? body.subarray(2) : body, budget)
  }
}

function countTolerantly(raw: Uint8Array, budget: number): number {
  let n = 0
  const inflate = new Inflate((chunk) => {
    n += chunk.length
    if (n > budget) throw new LimitExceeded('over budget')
  })
  try {
    for (let at = 0; at < raw.length; at += 16 * 1024)
      inflate.push(raw.subarray(at, at + 16 * 1024), at + 16 * 1024 >= raw.length)
  } catch {
    // Damaged or over budget: n is what came out before.
  }
  return n
}
