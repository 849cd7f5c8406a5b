import * as A from '@automerge/automerge'
import { describe, expect, it } from 'vitest'
import type { Annotation } from '../../shared/model'
import { assignChanged } from './assign-changed'
import { annotationConflicts, resolveIn, teamVerdicts } from './conflicts'
import {
  annotationOf,
  newAnnotationsDoc,
  newDecisionsDoc,
  storedAnnotation,
  storedDecision,
  type AnnotationsDoc,
  type DecisionsDoc
} from './shapes'

const ID = 'an-0123456789abcdef'
const base: Annotation = {
  id: ID,
  article: 'a1',
  target: {
    source: 'a1',
    selector: [
      { type: 'TextQuoteSelector', exact: '12,000 troops', prefix: 'About ', suffix: ' left' },
      { type: 'TextPositionSelector', start: 6, end: 19 }
    ]
  },
  body: { color: 'yellow', tags: ['count'], note: 'Figure from the ministry.' },
  anchor: { status: 'exact', confidence: 1 },
  created: '2026-01-01T00:00:00.000Z',
  modified: '2026-01-01T00:00:00.000Z'
}

/** Alice's and Bob's replicas of one article's annotations, forked from a shared state. */
function replicas(): [A.Doc<AnnotationsDoc>, A.Doc<AnnotationsDoc>] {
  const start = A.change(
    A.from(newAnnotationsDoc('a1') as never, { actor: 'aa'.repeat(16) }),
    (d: AnnotationsDoc) => {
      d.annotations[ID] = storedAnnotation(base, 'alice')
    }
  ) as A.Doc<AnnotationsDoc>
  return [start, A.clone(start, { actor: 'bb'.repeat(16) })]
}

/** Edits one replica the way the team annotation store does: only changed fields. */
const edit = (
  doc: A.Doc<AnnotationsDoc>,
  f: (a: Annotation) => Annotation
): A.Doc<AnnotationsDoc> =>
  A.change(doc, (d) => {
    const now = annotationOf(ID, 'a1', d.annotations[ID]!)
    assignChanged(d, ['annotations', ID], storedAnnotation(f(now), 'alice'))
  })

const read = (doc: A.Doc<AnnotationsDoc>): Annotation =>
  annotationOf(ID, 'a1', doc.annotations[ID]!)

describe('two analysts editing one annotation offline, then syncing', () => {
  it('the same note edited twice keeps both edits', () => {
    const [alice, bob] = replicas()
    const a = edit(alice, (x) => ({
      ...x,
      body: { ...x.body, note: 'Figure from the ministry. Alice: denied by army.' }
    }))
    const b = edit(bob, (x) => ({
      ...x,
      body: { ...x.body, note: 'Bob: see wire. Figure from the ministry.' }
    }))
    const merged = [A.merge(A.clone(a), b), A.merge(A.clone(b), a)]
    for (const m of merged) {
      expect(read(m).body.note).toContain('Alice: denied by army.')
      expect(read(m).body.note).toContain('Bob: see wire.')
      expect(annotationConflicts(m)).toEqual([])
    }
    expect(read(merged[0]!).body.note).toBe(read(merged[1]!).body.note)
  })

  it('tag sets changed concurrently are united, and a removal survives an unrelated addition', () => {
    const [alice, bob] = replicas()
    const a = edit(alice, (x) => ({ ...x, body: { ...x.body, tags: ['count', 'disputed'] } }))
    const b = edit(bob, (x) => ({ ...x, body: { ...x.body, tags: ['army'] } }))
    const m = A.merge(A.clone(a), b)
    expect(read(m).body.tags).toEqual(['army', 'disputed'])
    expect(annotationConflicts(m)).toEqual([])
  })

  it('a trash against an edit keeps both: the annotation is trashed and carries the edit', () => {
    const [alice, bob] = replicas()
    const a = edit(alice, (x) => ({ ...x, deletedAt: '2026-01-02T00:00:00.000Z' }))
    const b = edit(bob, (x) => ({ ...x, body: { ...x.body, color: 'red', note: 'Bob was here.' } }))
    const m = A.merge(A.clone(a), b)
    expect(read(m)).toMatchObject({
      deletedAt: '2026-01-02T00:00:00.000Z',
      body: { color: 'red', note: 'Bob was here.' }
    })
  })

  it('two colours become a conflict the analyst resolves; neither value is dropped', () => {
    const [alice, bob] = replicas()
    const a = edit(alice, (x) => ({
      ...x,
      body: { ...x.body, color: 'red', grade: { reliability: 'B' } }
    }))
    const b = edit(bob, (x) => ({
      ...x,
      body: { ...x.body, color: 'blue', grade: { reliability: 'D' } }
    }))
    const m1 = A.merge(A.clone(a), b)
    const m2 = A.merge(A.clone(b), a)
    const conflicts = annotationConflicts(m1)
    expect(conflicts).toEqual(annotationConflicts(m2))
    expect(conflicts.map((c) => c.path.join('.'))).toEqual(['color', 'grade'])
    const color = conflicts.find((c) => c.path[0] === 'color')!
    expect([...color.values].sort()).toEqual(['blue', 'red'])
    expect(color.values[0]).toBe(read(m1).body.color)
    const resolved = A.change(m1, (d) => resolveIn(d, ID, ['color'], 'red'))
    const synced = A.merge(A.clone(m2), resolved)
    expect(read(synced).body.color).toBe('red')
    expect(annotationConflicts(synced).map((c) => c.path.join('.'))).toEqual(['grade'])
  })
})

describe("two analysts' decisions", () => {
  const side = {
    article: 'a1',
    selector: base.target.selector,
    anchor: { status: 'exact', confidence: 1 }
  } as const
  const verdict = (status: 'confirmed' | 'dismissed') =>
    storedDecision({
      findingId: 'f:1',
      status,
      at: '2026-01-01T00:00:00.000Z',
      kind: 'contradiction',
      explanation: '12,000 vs 10,000',
      a: side,
      b: { ...side, article: 'a2' }
    })

  it('never conflict, and their disagreement is shown', () => {
    const alice = A.change(A.from(newDecisionsDoc('alice') as never), (d: DecisionsDoc) => {
      d.decisions['f:1'] = verdict('confirmed')
    }) as A.Doc<DecisionsDoc>
    const bob = A.change(A.from(newDecisionsDoc('bob') as never), (d: DecisionsDoc) => {
      d.decisions['f:1'] = verdict('dismissed')
      d.decisions['f:2'] = verdict('dismissed')
    }) as A.Doc<DecisionsDoc>
    expect(teamVerdicts([alice, bob])).toEqual([
      {
        findingId: 'f:1',
        verdicts: [
          { user: 'alice', status: 'confirmed', at: '2026-01-01T00:00:00.000Z' },
          { user: 'bob', status: 'dismissed', at: '2026-01-01T00:00:00.000Z' }
        ],
        disagree: true
      },
      {
        findingId: 'f:2',
        verdicts: [{ user: 'bob', status: 'dismissed', at: '2026-01-01T00:00:00.000Z' }],
        disagree: false
      }
    ])
  })
})
