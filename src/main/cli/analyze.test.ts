import { readFile } from 'node:fs/promises'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { extractArticle } from '../services/import'
import { analyzeCommand } from './analyze'

type Side = { article: string; path: string; start: number; end: number; text: string }
type Json = {
  articles: { id: string; path: string; title: string }[]
  findings: {
    id: string
    kind: string
    subtype: string
    score: number
    explanation: string
    a: Side
    b: Side
    diff: { op: string; text: string }[]
    group: { label: string; values: { path: string; value: string; text: string }[] } | null
  }[]
}

async function run(paths: string[], json: boolean): Promise<{ code: number; out: string }> {
  let out = ''
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk)
    return true
  })
  try {
    return { code: await analyzeCommand(paths, json), out }
  } finally {
    spy.mockRestore()
  }
}

const storedText = async (path: string): Promise<string> => {
  const r = await extractArticle({
    name: path.split('/').pop() ?? path,
    bytes: await readFile(path)
  })
  if (!r.ok) throw new Error(r.error.message)
  return r.value.text
}

describe('parallax analyze --json', () => {
  afterEach(() => vi.restoreAllMocks())

  it('prints articles and findings with paths as given and exact passage text', async () => {
    const paths = [
      './articles/000-nato-rutte-zelenskyy-ukraine-prevails.txt',
      'articles/001-north-korean-officers-killed-rutte-brussels.txt',
      'articles/002-nato-summit-dinner-indo-pacific-partners.txt'
    ]
    const { code, out } = await run(paths, true)
    expect(code).toBe(0)
    const data = JSON.parse(out) as Json
    expect(data.articles.map((a) => a.path)).toEqual(paths)
    const texts = new Map<string, string>()
    for (const a of data.articles) texts.set(a.id, await storedText(a.path))
    const overlap = data.findings.find((f) => f.kind === 'overlap')
    expect(overlap?.subtype).toBe('near-identical')
    expect(data.findings.some((f) => f.kind === 'duplicate' && f.subtype === 'repeated')).toBe(true)
    for (const f of data.findings) {
      expect(Object.keys(f).sort()).toEqual(
        ['a', 'b', 'diff', 'explanation', 'group', 'id', 'kind', 'score', 'story', 'subtype'].sort()
      )
      expect(f.score).toBeGreaterThan(0)
      expect(f.score).toBeLessThanOrEqual(1)
      for (const side of [f.a, f.b]) {
        expect(paths).toContain(side.path)
        expect(side.text).toBe(texts.get(side.article)?.slice(side.start, side.end))
      }
      expect(f.diff.every((d) => ['equal', 'insert', 'delete'].includes(d.op))).toBe(true)
    }
  })

  it('gives a conflicting figure once, with each article value and path', async () => {
    const paths = [
      'articles/000-nato-rutte-zelenskyy-ukraine-prevails.txt',
      'articles/003-blinken-meets-nato-secretary-general.txt'
    ]
    const data = JSON.parse((await run(paths, true)).out) as Json
    const numbers = data.findings.filter((f) => f.subtype === 'number')
    expect(numbers).toHaveLength(1)
    expect(numbers[0]?.group?.label).toBe('North Korean soldiers/troops deployed (in Kursk)')
    expect(numbers[0]?.group?.values.map((v) => [v.path, v.value]).sort()).toEqual([
      [paths[0], '10,000'],
      [paths[1], 'up to 12,000']
    ])
  })

  it('prints a readable report without --json', async () => {
    const { out } = await run(['articles/002-nato-summit-dinner-indo-pacific-partners.txt'], false)
    expect(out).toMatch(/^1 articles, \d+ findings/)
    expect(out).toContain('DUPLICATE (1)')
    expect(out).toContain('Repeated within the article: run of 7 sentences')
  })
})
