import { useCallback, useRef, useState } from 'react'
import type { ImportResult } from '../../../shared/model'
import { api } from '../api'
import type { PickedFile } from '../lib/files'

const MAX_BYTES = 20 * 1024 * 1024

/** A file from the native dialog (by handle) or from the page (bytes read on demand). */
export type ImportItem = {
  name: string
  size: number
  source: () => Promise<Parameters<typeof api.importArticle>[0]>
}

export type ImportRun = {
  total: number
  done: number
  current: string
  results: ImportResult[]
  finished: boolean
  cancelled: boolean
}

export const itemsFromPicked = (files: PickedFile[]): ImportItem[] =>
  files.map((f) => ({
    name: f.name,
    size: f.size,
    source: async () => ({ name: f.name, data: await f.read() })
  }))

/**
 * Imports files one at a time so the window stays responsive and progress is exact. A failed
 * file is recorded and the batch goes on; cancel stops before the next file.
 */
export function useImport(): {
  run: ImportRun | null
  start: (items: ImportItem[]) => Promise<void>
  cancel: () => void
  close: () => void
} {
  const [run, setRun] = useState<ImportRun | null>(null)
  const cancelled = useRef(false)

  const start = useCallback(async (items: ImportItem[]) => {
    cancelled.current = false
    const results: ImportResult[] = []
    setRun({
      total: items.length,
      done: 0,
      current: items[0]?.name ?? '',
      results,
      finished: false,
      cancelled: false
    })
    for (const [i, item] of items.entries()) {
      if (cancelled.current) break
      setRun((r) => r && { ...r, current: item.name, done: i })
      results.push(await importOne(item))
      setRun((r) => r && { ...r, done: i + 1, results: [...results] })
    }
    setRun((r) => r && { ...r, finished: true, cancelled: cancelled.current, current: '' })
  }, [])

  return {
    run,
    start,
    cancel: () => void (cancelled.current = true),
    close: () => setRun(null)
  }
}

async function importOne(item: ImportItem): Promise<ImportResult> {
  if (item.size > MAX_BYTES)
    return {
      name: item.name,
      status: 'failed',
      code: 'too-large',
      message: `${item.name} is ${(item.size / 1048576).toFixed(1)} MB; the limit is 20 MB.`
    }
  try {
    const r = await api.importArticle(await item.source())
    return r.ok
      ? { ...r.value, name: item.name }
      : { name: item.name, status: 'failed', ...r.error }
  } catch (e) {
    return {
      name: item.name,
      status: 'failed',
      code: 'internal',
      message: `Could not read ${item.name}: ${String(e)}`
    }
  }
}
