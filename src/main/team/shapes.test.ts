import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as A from '@automerge/automerge'
import { describe, expect, it } from 'vitest'
import type { Annotation, AnnotationLink, ArticleMeta, FindingDecision } from '../../shared/model'
import {
  annotationOf,
  articleMetaOf,
  decisionOf,
  imm,
  linkOf,
  newAnnotationsDoc,
  newDecisionsDoc,
  newLibraryDoc,
  newLinksDoc,
  newMember,
  newTextDoc,
  paletteOf,
  storedAnnotation,
  storedArticle,
  storedDecision,
  storedLink
} from './shapes'

const quote = {
  type: 'TextQuoteSelector',
  exact: 'troops',
  prefix: 'the ',
  suffix: ' left'
} as const
const pos = { type: 'TextPositionSelector', start: 4, end: 10 } as const
const side = {
  article: 'a1',
  selector: [quote, pos],
  anchor: { status: 'exact', confidence: 1 }
} satisfies FindingDecision['a']

const meta: ArticleMeta = {
  id: 'a1',
  title: 'Troops leave',
  source: 'Wire',
  date: '2026-01-02',
  published: '2026-01-02T09:00:00Z',
  updated: '2026-01-02T10:00:00Z',
  author: 'Jo',
  url: 'https://example.org/x',
  language: 'en',
  wordCount: 120,
  tags: ['europe', 'war'],
  contentHash: 'abc',
  origin: 'x.html',
  importedAt: '2026-01-03T00:00:00Z',
  nearDuplicateOf: 'a0',
  deletedAt: '2026-01-04T00:00:00Z',
  grade: { reliability: 'B', credibility: 2 }
}
const annotation: Annotation = {
  id: 'an-0123456789abcdef',
  article: 'a1',
  target: { source: 'a1', selector: [quote, pos] },
  body: {
    color: 'yellow',
    tags: ['doubt', 'key'],
    note: 'check **this**',
    grade: { credibility: 3 }
  },
  anchor: { status: 'fuzzy', confidence: 0.8 },
  created: '2026-01-03T00:00:00Z',
  modified: '2026-01-03T01:00:00Z',
  deletedAt: '2026-01-04T00:00:00Z'
}
const link: AnnotationLink = {
  id: 'ln-0123456789abcdef',
  relation: 'contradicts',
  from: { type: 'annotation', id: annotation.id, article: 'a1' },
  to: { type: 'finding', findingId: 'f:1', ...side, article: 'a2' },
  created: '2026-01-03T00:00:00Z',
  finding: 'f:1'
}
const decision: FindingDecision = {
  findingId: 'f:1',
  status: 'dismissed',
  reason: 'same wire copy',
  comment: 'ok',
  at: '2026-01-03T00:00:00Z',
  kind: 'overlap',
  explanation: 'identical sentence',
  a: side,
  b: { ...side, article: 'a2' }
}

/** Paths of every plain string (other than `note`) and every list in a stored value. */
function shapeViolations(v: unknown, path = '$'): string[] {
  if (typeof v === 'string') return path.endsWith('.note') ? [] : [`${path} is a plain string`]
  if (Array.isArray(v)) return [`${path} is a list; store sets as maps`]
  if (v === null || typeof v !== 'object' || A.isImmutableString(v)) return []
  return Object.entries(v).flatMap(([k, x]) => shapeViolations(x, `${path}.${k}`))
}

/** Every document shape, filled with every optional field, read back from Automerge. */
function everyDoc(): Record<string, unknown> {
  const lib = newLibraryDoc('Desk', 'automerge:links', [{ id: 'y', name: 'Key', color: '#ff0' }])
  lib.articles['a1'] = storedArticle(meta, {
    textDoc: 'automerge:t',
    annotationsDoc: 'automerge:a'
  })
  lib.members['alice'] = newMember('Alice', 'editor', ['aa11'])
  lib.decisionsDocs['alice'] = imm('automerge:decisions')
  const annotations = newAnnotationsDoc('a1')
  annotations.annotations[annotation.id] = storedAnnotation(annotation, 'alice')
  const links = newLinksDoc()
  links.links[link.id] = storedLink(link, 'alice')
  const decisions = newDecisionsDoc('alice')
  decisions.decisions[decision.findingId] = storedDecision(decision)
  const docs = { lib, annotations, links, decisions, text: newTextDoc('abc', 'the troops left') }
  return Object.fromEntries(
    Object.entries(docs).map(([k, d]) => [k, A.load(A.save(A.from(d as Record<string, unknown>)))])
  )
}

describe('team document shapes', () => {
  it('store every string whole except notes, and no lists', () => {
    expect(shapeViolations(everyDoc())).toEqual([])
    const docs = everyDoc() as { annotations: { annotations: Record<string, { note: unknown }> } }
    expect(typeof docs.annotations.annotations[annotation.id]?.note).toBe('string')
  })

  it('the lint catches a plain string field and a list', () => {
    expect(shapeViolations({ a: { color: 'red', tags: ['x'], note: 'fine' } })).toEqual([
      '$.a.color is a plain string',
      '$.a.tags is a list; store sets as maps'
    ])
  })

  it('read back exactly what was stored, ids and soft deletes included', () => {
    const d = everyDoc() as unknown as {
      lib: Parameters<typeof paletteOf>[0]
      annotations: ReturnType<typeof newAnnotationsDoc>
      links: ReturnType<typeof newLinksDoc>
      decisions: ReturnType<typeof newDecisionsDoc>
    }
    expect(articleMetaOf('a1', d.lib.articles['a1']!)).toEqual(meta)
    expect(paletteOf(d.lib)).toEqual([{ id: 'y', name: 'Key', color: '#ff0' }])
    const a = d.annotations.annotations[annotation.id]!
    expect(annotationOf(annotation.id, 'a1', a)).toEqual({ ...annotation, by: 'alice' })
    expect(linkOf(link.id, d.links.links[link.id]!)).toEqual(link)
    expect(decisionOf('f:1', d.decisions.decisions['f:1']!)).toEqual(decision)
  })
})

describe('team code never hard-deletes', () => {
  // A map delete concurrent with an edit loses the edit; every removal must be a soft delete.
  it('no source file in this folder deletes a key or splices a list', () => {
    const dir = __dirname
    const offenders = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .flatMap((f) =>
        readFileSync(join(dir, f), 'utf8')
          .split('\n')
          .map((line, i) => ({
            where: `${f}:${i + 1}`,
            line: line.replace(/\/\/.*$|^\s*\*.*$/, '')
          }))
          .filter(({ line }) => /\bdelete\s+[\w$]|\.splice\(|\.deleteAt\(/.test(line))
          .map(({ where }) => where)
      )
    expect(offenders).toEqual([])
  })
})
