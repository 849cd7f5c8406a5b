import { inflatedSize } from './inflate-count'
import { LimitExceeded, MAX_INFLATED_BYTES, toMb } from './limits'

const size = (r: Uint8Array | number): number => (typeof r === 'number' ? r : r.length)

/**
 * Inflates a PDF's Flate streams as pdf.js would, and throws LimitExceeded once they pass
 * MAX_INFLATED_BYTES together: a few hundred KB can hold a page stream of gigabytes. Images are
 * skipped (text extraction never decodes them); damaged streams are left to pdf.js.
 */
export function checkPdfStreams(bytes: Uint8Array): void {
  const latin = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')
  let total = 0
  const re = /stream\r?\n/g
  for (let m = re.exec(latin); m; m = re.exec(latin)) {
    if (latin.slice(Math.max(0, m.index - 3), m.index) === 'end') continue
    const dict = latin.slice(Math.max(0, m.index - 1024), m.index)
    const open = dict.lastIndexOf('obj')
    const head = open >= 0 ? dict.slice(open) : dict
    const stop = latin.indexOf('endstream', m.index + m[0].length)
    re.lastIndex = stop < 0 ? latin.length : stop
    if (!/\/FlateDecode/.test(head) || /\/Subtype\s*\/Image/.test(head)) continue
    const body = bytes.subarray(m.index + m[0].length, stop < 0 ? bytes.length : stop)
    total += size(inflatedSize(body, MAX_INFLATED_BYTES - total, true))
    if (total > MAX_INFLATED_BYTES)
      throw new LimitExceeded(`expands past ${toMb(MAX_INFLATED_BYTES)} MB`)
  }
}
