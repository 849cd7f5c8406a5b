import { X509Certificate } from 'node:crypto'
import { chmod, mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { generate } from 'selfsigned'
import { writeFileAtomic } from '../../services/atomic-file'

/** The team server's TLS identity. Clients pin `fingerprint`, so it must never change silently. */
export type ServerCertificate = { cert: string; key: string; fingerprint: string }

/** SHA-256 of a PEM certificate's DER bytes, as 64 lower-case hex characters. */
export const fingerprintOf = (certPem: string): string =>
  new X509Certificate(certPem).fingerprint256.replace(/:/g, '').toLowerCase()

/**
 * Loads `dir/cert.pem` and `dir/key.pem`, or creates them once. Every member's invite pins this
 * certificate, so replacing it would lock every member out: a half-present pair is an error to
 * fix by hand, never regenerated over.
 */
export async function loadOrCreateCertificate(dir: string): Promise<ServerCertificate> {
  const certPath = join(dir, 'cert.pem')
  const keyPath = join(dir, 'key.pem')
  const [cert, key] = await Promise.all([readIfThere(certPath), readIfThere(keyPath)])
  if (cert !== null && key !== null) return { cert, key, fingerprint: fingerprintOf(cert) }
  if (cert !== null || key !== null)
    throw new Error(
      `${dir} has only one of cert.pem and key.pem. Restore the missing file: a new certificate ` +
        'would change the fingerprint every member has pinned.'
    )
  await mkdir(dir, { recursive: true, mode: 0o700 })
  const pems = await generate([{ name: 'commonName', value: 'parallax-team' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notAfterDate: new Date(Date.now() + 20 * 365 * 24 * 3600 * 1000)
  })
  // The key first: a crash between the two writes leaves a lone key, refused above, never a
  // certificate whose key is lost.
  await writeFileAtomic(keyPath, pems.private)
  await chmod(keyPath, 0o600)
  await writeFileAtomic(certPath, pems.cert)
  return { cert: pems.cert, key: pems.private, fingerprint: fingerprintOf(pems.cert) }
}

async function readIfThere(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8')
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw e
  }
}
