import { createCipheriv, createDecipheriv, randomBytes, scrypt as scryptCb } from 'node:crypto'
import { promisify } from 'node:util'

const scrypt = promisify(scryptCb) as (
  pass: string,
  salt: Uint8Array,
  len: number,
  o: { N: number; r: number; p: number; maxmem: number }
) => Promise<Buffer>

const MAGIC = Buffer.from('PXSEAL1\n', 'ascii')
const HEADER = MAGIC.length + 1 + 3 + 16 + 12
const TAG = 16
/** scrypt cost: 2^17 × 8 × 128 B = 128 MB and about half a second, once per sync. */
const LOG_N = 17
const R = 8
const P = 1

/** The key a passphrase gives for one stick (its salt), kept so a re-seal derives nothing. */
export type SealKey = { key: Buffer; salt: Uint8Array; logN: number; r: number; p: number }

export class SealError extends Error {}

export async function deriveKey(
  passphrase: string,
  salt: Uint8Array = randomBytes(16),
  logN: number = LOG_N,
  r = R,
  p = P
): Promise<SealKey> {
  if (passphrase.length < 8)
    throw new SealError('The team passphrase must be at least 8 characters.')
  const key = await scrypt(passphrase, salt, 32, { N: 2 ** logN, r, p, maxmem: 256 * 1024 * 1024 })
  return { key, salt, logN, r, p }
}

/**
 * AES-256-GCM over `plain` with a fresh 96-bit nonce. The header (format, scrypt cost, salt,
 * nonce) is authenticated as associated data, so changing any byte of the file is detected.
 */
export function seal(plain: Uint8Array, k: SealKey): Buffer {
  const iv = randomBytes(12)
  const header = Buffer.concat([MAGIC, Buffer.from([1, k.logN, k.r, k.p]), k.salt, iv])
  const cipher = createCipheriv('aes-256-gcm', k.key, iv)
  cipher.setAAD(header)
  const body = Buffer.concat([cipher.update(plain), cipher.final()])
  return Buffer.concat([header, body, cipher.getAuthTag()])
}

/** The salt and cost a sealed file was made with, to derive its key. Throws SealError. */
export function sealParams(file: Buffer): { salt: Uint8Array; logN: number; r: number; p: number } {
  if (file.length < HEADER + TAG || !file.subarray(0, MAGIC.length).equals(MAGIC))
    throw new SealError('This is not a sealed Parallax stick (or its header was damaged).')
  const [version, logN, r, p] = file.subarray(MAGIC.length, MAGIC.length + 4)
  if (version !== 1 || !logN || logN < 10 || logN > 22 || !r || !p)
    throw new SealError(
      'The sealed stick has an unknown format or cost; it was changed or is newer.'
    )
  return { salt: file.subarray(MAGIC.length + 4, MAGIC.length + 20), logN, r, p }
}

/** Opens a sealed file, or throws SealError when it was changed or the passphrase is not the team's. */
export function unseal(file: Buffer, k: SealKey): Buffer {
  const header = file.subarray(0, HEADER)
  const iv = file.subarray(HEADER - 12, HEADER)
  const decipher = createDecipheriv('aes-256-gcm', k.key, iv)
  decipher.setAAD(header)
  decipher.setAuthTag(file.subarray(file.length - TAG))
  try {
    return Buffer.concat([
      decipher.update(file.subarray(HEADER, file.length - TAG)),
      decipher.final()
    ])
  } catch {
    throw new SealError(
      'The sealed stick does not open: it was changed after it was sealed, or the passphrase is not the team passphrase. Nothing was synced.'
    )
  }
}
