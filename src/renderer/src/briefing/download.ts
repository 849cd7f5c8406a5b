import type { ExportFile } from '../../../shared/contract'

/** The file's bytes: text formats arrive as UTF-8, binary ones as base64. */
export function fileBlob(f: ExportFile): Blob {
  if (f.encoding === 'utf8') return new Blob([f.data], { type: f.mime })
  const binary = atob(f.data)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return new Blob([bytes], { type: f.mime })
}

/** Hands the file to the browser's download manager (the browser host has no save dialog). */
export function download(f: ExportFile): void {
  const url = URL.createObjectURL(fileBlob(f))
  const a = document.createElement('a')
  a.href = url
  a.download = f.name
  document.body.append(a)
  a.click()
  a.remove()
  // The download has its own copy once started; revoke on the next turn.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}
