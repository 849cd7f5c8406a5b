import { parentPort } from 'node:worker_threads'
import { extractArticle, type ImportSource } from './extract-article'

// The import worker: extracts one file at a time for extract-pool.ts, which stops it past the
// time and memory limits.
parentPort?.on('message', (m: { seq: number; input: ImportSource }) => {
  // The clock starts now, once the parsers have loaded, not while a busy machine loads them.
  parentPort?.postMessage({ started: m.seq })
  void extractArticle(m.input).then((result) => parentPort?.postMessage({ seq: m.seq, result }))
})
