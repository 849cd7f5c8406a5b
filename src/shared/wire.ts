/**
 * JSON for the HTTP transport. IPC carries Uint8Array natively; over HTTP it travels as
 * {"$bytes": base64} and is restored before validation, so both transports hand the services
 * the same values.
 */
export function toWire(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v instanceof Uint8Array ? { $bytes: toBase64(v) } : v
  )
}

/** Parses a wire body; throws SyntaxError on bad JSON. `decode` turns base64 into bytes. */
export function fromWire(text: string, decode: (b64: string) => Uint8Array = fromBase64): unknown {
  return JSON.parse(text, (_k, v: unknown) => {
    if (
      v &&
      typeof v === 'object' &&
      '$bytes' in v &&
      typeof (v as { $bytes: unknown }).$bytes === 'string'
    )
      return decode((v as { $bytes: string }).$bytes)
    return v
  })
}

function toBase64(bytes: Uint8Array): string {
  let binary = ''
  // Chunks keep String.fromCharCode under the engine's argument limit.
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

function fromBase64(b64: string): Uint8Array {
  const binary = atob(b64)
  const out = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i)
  return out
}
