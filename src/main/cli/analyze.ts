import { readFile } from 'node:fs/promises'
import type { Finding } from '../../shared/model'
import { createEngineHost } from '../services/analysis/engines'
import { contentHash, extractArticle } from '../services/import'
import { expandPaths } from './import'

type Input = { id: string; path: string; title: string; text: string; date: string }

/**
 * `parallax analyze <files|folders> [--json]`: analyses the files directly, without touching
 * the library. Files that cannot be read are reported on stderr and make the exit code 1.
 */
export async function analyzeCommand(paths: string[], json: boolean): Promise<number> {
  if (paths.length === 0) {
    process.stderr.write('parallax analyze: name at least two files, or a folder\n')
    return 2
  }
  const { inputs, failures } = await readInputs(paths)
  for (const f of failures) process.stderr.write(`parallax analyze: ${f}\n`)
  const host = createEngineHost()
  host.sync(
    inputs.map((i) => ({ id: i.id, text: i.text, contentHash: i.id, date: i.date || undefined }))
  )
  const findings = host.findings()
  const byId = new Map(inputs.map((i) => [i.id, i]))
  if (json) process.stdout.write(`${JSON.stringify(toJson(inputs, findings, byId), null, 2)}\n`)
  else process.stdout.write(report(inputs, findings, byId))
  return failures.length ? 1 : 0
}

async function readInputs(paths: string[]): Promise<{ inputs: Input[]; failures: string[] }> {
  const inputs: Input[] = []
  const failures: string[] = []
  for (const { path, error } of await expandPaths(paths)) {
    if (error) {
      failures.push(`${path}: ${error}`)
      continue
    }
    const r = await extractArticle({
      name: path.split(/[\\/]/).pop() ?? path,
      bytes: await readFile(path)
    })
    if (!r.ok) failures.push(`${path}: ${r.error.message}`)
    else {
      // Ids come from the content, so the same files give the same ids and finding ids.
      const id = contentHash(r.value.text).slice(0, 12)
      if (!inputs.some((i) => i.id === id))
        inputs.push({
          id,
          path,
          title: r.value.meta.title,
          text: r.value.text,
          date: r.value.meta.date
        })
    }
  }
  return { inputs, failures }
}

function toJson(inputs: Input[], findings: Finding[], byId: Map<string, Input>) {
  const side = (p: Finding['a']) => ({
    article: p.article,
    path: byId.get(p.article)?.path ?? '',
    start: p.start,
    end: p.end,
    text: p.text
  })
  return {
    articles: inputs.map((i) => ({ id: i.id, path: i.path, title: i.title })),
    findings: findings.map((f) => ({
      id: f.id,
      kind: f.kind,
      subtype: f.subtype,
      score: f.score,
      explanation: f.explanation,
      a: side(f.a),
      b: side(f.b),
      diff: f.diff
    }))
  }
}

const clip = (s: string, n = 160): string =>
  (s.length > n ? `${s.slice(0, n - 1)}…` : s).replace(/\s+/g, ' ')

function report(inputs: Input[], findings: Finding[], byId: Map<string, Input>): string {
  const lines = [`${inputs.length} articles, ${findings.length} findings`, '']
  for (const i of inputs) lines.push(`  [${i.id}] ${i.path}  “${clip(i.title, 80)}”`)
  for (const kind of ['contradiction', 'overlap', 'duplicate', 'paraphrase'] as const) {
    const group = findings.filter((f) => f.kind === kind)
    if (!group.length) continue
    lines.push('', `${kind.toUpperCase()} (${group.length})`)
    for (const f of group) {
      lines.push(`- ${f.subtype}, score ${f.score.toFixed(2)}: ${f.explanation}`)
      for (const p of [f.a, f.b])
        lines.push(
          `    ${byId.get(p.article)?.path ?? p.article} @${p.start}-${p.end}: “${clip(p.text)}”`
        )
    }
  }
  return `${lines.join('\n')}\n`
}
