import { parentPort } from 'node:worker_threads'
import { extractArticle, type ImportSource } from './extract-article'
import { digestOf } from './fingerprints'
import { loadPdfJs } from './pdf'

// pdf.js is the largest parser and loads lazily; start now, while the worker is not yet on
// any file's clock. A failure here shows up again, as that file's error, when a PDF is read.
const parsersLoaded = loadPdfJs().catch(() => undefined)

// The import worker: extracts one file at a time for extract-pool.ts, which stops it past the
// time and memory limits.
parentPort?.on('message', async (m: { seq: number; input: ImportSource }) => {
  // The clock starts now, once the parsers have loaded, not while a busy machine loads them.
  await parsersLoaded
  parentPort?.postMessage({ started: m.seq })
  void extractArticle(m.input).then((result) => {
    // Hashing and fingerprinting a long text takes seconds; here they stall no request.
    if (result.ok) result.value.digest = digestOf(result.value.text)
    parentPort?.postMessage({ seq: m.seq, result })
  })
})
