import { articleTime } from '../../shared/published'
import { basename } from 'node:path'
import { FINDING_KINDS } from '../../shared/analysis/kinds'
import type { Finding } from '../../shared/model'
import { analysisWorkerScript, workerChannel } from '../services/analysis/channels'
import { contentHash, extractArticle } from '../services/import'
import { EXIT } from './exit-codes'
import { out, outJson, say } from './output'
import { progress } from './progress'
import { expandPaths, readEntry } from './walk'
import { findingsByStory } from './story-scope'
import type { DetectedStory } from '../../shared/analysis/stories/detect'

type Input = {
  id: string
  path: string
  title: string
  text: string
  date: string
  time: string
}

/**
 * `parallax analyze <files|folders> [--json]`: analyses the files directly, without touching
 * the library, in three steps: read the inputs, analyse them, write the result. A file that
 * cannot be used is skipped with a warning on stderr, and the exit code is then 4.
 */
export async function analyzeCommand(
  paths: string[],
  json: boolean,
  allPairs = false
): Promise<number> {
  if (paths.length === 0) {
    say('analyze', 'name at least two files, or a folder')
    return EXIT.usage
  }
  const { inputs, skipped } = await readInputs(paths)
  const bar = progress('parallax analyze:')
  bar.note(`analysing ${inputs.length} articles`)
  const { stories, findings } = await analyse(inputs, allPairs)
  bar.end()
  const byId = new Map(inputs.map((i) => [i.id, i]))
  if (json) outJson({ ...toJson(inputs, findings, byId), stories: storiesJson(stories, findings) })
  else out(report(inputs, findings, byId) + storiesReport(stories, byId))
  return skipped ? EXIT.skipped : EXIT.ok
}

/**
 * The engines run in worker threads, one per core, as in the app. Each worker answers in order,
 * so the findings requests queue behind the sync while this thread groups the stories.
 */
async function analyse(inputs: Input[], allPairs: boolean) {
  const channel = workerChannel(analysisWorkerScript())
  const docs = inputs.map((i) => ({
    id: i.id,
    text: i.text,
    contentHash: i.id,
    date: i.date || undefined,
    time: i.time || undefined
  }))
  try {
    const [, scoped] = await Promise.all([
      channel.request({ op: 'sync', docs }),
      findingsByStory((ids) => channel.request({ op: 'findings', ids }), inputs, allPairs)
    ])
    return scoped
  } finally {
    await channel.close()
  }
}

const storiesJson = (stories: DetectedStory[], findings: Finding[]) =>
  stories.map((s) => ({
    ...s,
    findings: findings.filter((f) => f.story === s.id).length
  }))

function storiesReport(stories: DetectedStory[], byId: Map<string, Input>): string {
  const lines = ['', `STORIES (${stories.length})`]
  for (const s of stories) {
    lines.push(`- ${s.id}: ${s.name} (${s.articles.length} articles)`)
    for (const id of s.articles) lines.push(`    ${byId.get(id)?.path ?? id}`)
  }
  return `${lines.join('\n')}\n`
}

async function readInputs(paths: string[]): Promise<{ inputs: Input[]; skipped: number }> {
  const inputs: Input[] = []
  let skipped = 0
  const entries = await expandPaths(paths)
  const bar = progress('parallax analyze: reading')
  const skip = (path: string, why: string): void => {
    bar.end()
    say('analyze', `skipped ${path}: ${why}`)
    skipped++
  }
  for (const [n, { path, skip: why }] of entries.entries()) {
    bar.step(n + 1, entries.length, path)
    const read = why ? { skip: why } : await readEntry(path)
    if (read.skip !== undefined) {
      skip(path, read.skip)
      continue
    }
    const r = await extractArticle({ name: basename(path), bytes: read.bytes })
    if (!r.ok) {
      skip(path, r.error.message)
      continue
    }
    // Ids come from the content, so the same files give the same ids and finding ids.
    const id = contentHash(r.value.text).slice(0, 12)
    if (!inputs.some((i) => i.id === id))
      inputs.push({
        id,
        path,
        title: r.value.meta.title,
        text: r.value.text,
        date: r.value.meta.date,
        time: articleTime(r.value.meta)
      })
  }
  bar.end()
  return { inputs, skipped }
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
      diff: f.diff,
      story: f.story ?? null,
      // One claim reported by several articles: each article's value, path and date.
      group: f.group
        ? {
            label: f.group.label,
            values: f.group.values.map((v) => ({ ...v, path: byId.get(v.article)?.path ?? '' }))
          }
        : null
    }))
  }
}

const clip = (s: string, n = 160): string =>
  (s.length > n ? `${s.slice(0, n - 1)}…` : s).replace(/\s+/g, ' ')

function report(inputs: Input[], findings: Finding[], byId: Map<string, Input>): string {
  const lines = [`${inputs.length} articles, ${findings.length} findings`, '']
  for (const i of inputs) lines.push(`  [${i.id}] ${i.path}  “${clip(i.title, 80)}”`)
  for (const kind of FINDING_KINDS) {
    const group = findings.filter((f) => f.kind === kind)
    if (!group.length) continue
    lines.push('', `${kind.toUpperCase()} (${group.length})`)
    for (const f of group) {
      lines.push(`- ${f.subtype}, score ${f.score.toFixed(2)}: ${f.explanation}`)
      for (const v of f.group?.values ?? [])
        lines.push(
          `    ${byId.get(v.article)?.path ?? v.article}: ${v.value} “${clip(v.text, 80)}”`
        )
      if (f.group) continue
      for (const p of [f.a, f.b])
        lines.push(
          `    ${byId.get(p.article)?.path ?? p.article} @${p.start}-${p.end}: “${clip(p.text)}”`
        )
    }
  }
  return `${lines.join('\n')}\n`
}
