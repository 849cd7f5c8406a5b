import { inflatedSize } from './inflate-count'
import { LimitExceeded, MAX_INFLATED_BYTES, MAX_TEXT_CHARS, toMb } from './limits'

type Entry = { name: string; method: number; compressed: number; local: number }

const u16 = (b: Uint8Array, at: number): number => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8)
const u32 = (b: Uint8Array, at: number): number => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0

/** The central directory's entries, or [] when there is none to read (mammoth reports that). */
function entries(b: Uint8Array): Entry[] {
  let eocd = -1
  for (let i = b.length - 22; i >= Math.max(0, b.length - 65_557); i--)
    if (u32(b, i) === 0x06054b50) {
      eocd = i
      break
    }
  if (eocd < 0) return []
  const out: Entry[] = []
  let at = u32(b, eocd + 16)
  for (let n = u16(b, eocd + 10); n > 0 && u32(b, at) === 0x02014b50; n--) {
    const nameLen = u16(b, at + 28)
    out.push({
      name: new TextDecoder().decode(b.subarray(at + 46, at + 46 + nameLen)),
      method: u16(b, at + 10),
      compressed: u32(b, at + 20),
      local: u32(b, at + 42)
    })
    at += 46 + nameLen + u16(b, at + 30) + u16(b, at + 32)
  }
  return out
}

/** Bytes between tags that are not blank: a cheap upper bound on the text Word XML holds. */
function textBytes(xml: Uint8Array): number {
  let inTag = false
  let n = 0
  for (let i = 0; i < xml.length; i++) {
    const c = xml[i] as number
    if (c === 0x3c) inTag = true
    else if (c === 0x3e) inTag = false
    else if (!inTag && c > 0x20) n++
  }
  return n
}

/**
 * Inflates every entry of a zip, as mammoth's reader would, and throws LimitExceeded once the
 * total passes MAX_INFLATED_BYTES or word/document.xml holds more than MAX_TEXT_CHARS of text.
 * Sizes are counted, never taken from the headers, which a crafted file can fake.
 */
export function checkZip(b: Uint8Array): void {
  let total = 0
  for (const e of entries(b)) {
    const data = e.local + 30 + u16(b, e.local + 26) + u16(b, e.local + 28)
    const body = b.subarray(data, data + e.compressed)
    const out = e.method === 8 ? inflatedSize(body, MAX_INFLATED_BYTES - total, false) : body
    total += typeof out === 'number' ? out : out.length
    if (total > MAX_INFLATED_BYTES)
      throw new LimitExceeded(`expands past ${toMb(MAX_INFLATED_BYTES)} MB`)
    if (/^word\/document\d*\.xml$/.test(e.name) && typeof out !== 'number')
      if (textBytes(out) > MAX_TEXT_CHARS)
        throw new LimitExceeded(`holds more than ${toMb(MAX_TEXT_CHARS)} MB of text`)
  }
}
