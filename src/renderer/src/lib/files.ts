/** A file to import, whichever way it arrived (file input, drop, folder drop). */
export type PickedFile = { name: string; size: number; read: () => Promise<Uint8Array> }

const fromFile = (f: File, name = f.name): PickedFile => ({
  name,
  size: f.size,
  read: async () => new Uint8Array(await f.arrayBuffer())
})

export const fromFileList = (list: FileList | File[]): PickedFile[] =>
  Array.from(list).map((f) => fromFile(f, f.webkitRelativePath || f.name))

/** Files from a drop, walking dropped folders recursively (Chromium's entries API). */
export async function fromDataTransfer(dt: DataTransfer): Promise<PickedFile[]> {
  const entries = Array.from(dt.items)
    .map((item) => item.webkitGetAsEntry?.())
    .filter((e): e is FileSystemEntry => Boolean(e))
  if (entries.length === 0) return fromFileList(dt.files)
  const out: PickedFile[] = []
  for (const entry of entries) await walk(entry, out)
  return out
}

async function walk(entry: FileSystemEntry, out: PickedFile[]): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) =>
      (entry as FileSystemFileEntry).file(resolve, reject)
    )
    if (!file.name.startsWith('.')) out.push(fromFile(file, entry.fullPath.replace(/^\//, '')))
    return
  }
  const reader = (entry as FileSystemDirectoryEntry).createReader()
  // readEntries returns at most 100 entries per call; keep reading until it returns none.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject)
    )
    if (batch.length === 0) break
    for (const child of batch) await walk(child, out)
  }
}
