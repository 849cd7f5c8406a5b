/** How the bytes of a text file were read. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'

export type DecodedText = { text: string; encoding: TextEncodingName }

// Node's TextDecoder('windows-1252') is really ISO-8859-1: it leaves 0x80-0x9F as C1 controls,
// so curly quotes and dashes saved by Windows editors would vanish. This is the real mapping.
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178
]

/** Decodes Windows-1252 bytes, the usual encoding of "ANSI" text files that are not UTF-8. */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = ''
  const chunk: number[] = []
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number
    chunk.push(b >= 0x80 && b < 0xa0 ? (CP1252_HIGH[b - 0x80] as number) : b)
    // fromCharCode with a huge spread overflows the stack; flush in slices.
    if (chunk.length === 8192) out += String.fromCharCode(...chunk.splice(0))
  }
  return out + String.fromCharCode(...chunk)
}

/**
 * Reads text bytes: a BOM wins (UTF-8, UTF-16 LE/BE); otherwise strict UTF-8, then BOM-less
 * UTF-16 when every other byte is NUL, then Windows-1252, which accepts any byte sequence.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const [b0, b1, b2] = bytes
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return utf8(bytes.subarray(3)) ?? cp1252(bytes)
  if (b0 === 0xff && b1 === 0xfe) return utf16(bytes.subarray(2), 'utf-16le')
  if (b0 === 0xfe && b1 === 0xff) return utf16(bytes.subarray(2), 'utf-16be')
  const bomless = sniffUtf16(bytes)
  if (bomless) return utf16(bytes, bomless)
  return utf8(bytes) ?? cp1252(bytes)
}

function utf8(bytes: Uint8Array): DecodedText | undefined {
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes),
      encoding: 'utf-8'
    }
  } catch {
    return undefined
  }
}

const cp1252 = (bytes: Uint8Array): DecodedText => ({
  text: decodeWindows1252(bytes),
  encoding: 'windows-1252'
})

const utf16 = (bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodedText => ({
  text: new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes),
  encoding
})

/** English text in UTF-16 without a BOM has a NUL in (nearly) every high byte. */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 4096) & ~1
  if (n < 4) return undefined
  let evenNul = 0
  let oddNul = 0
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++
    if (bytes[i + 1] === 0) oddNul++
  }
  const pairs = n / 2
  if (oddNul > pairs * 0.7 && evenNul === 0) return 'utf-16le'
  if (evenNul > pairs * 0.7 && oddNul === 0) return 'utf-16be'
  return undefined
}
