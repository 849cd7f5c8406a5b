import { describe, expect, it } from 'vitest'
import { ENGINE_PARTS, FINDING_KINDS, KINDS, kindOrder, kindSpec } from './kinds'

describe('the finding kind registry', () => {
  it('has one row per kind, each with its own paint priority and label', () => {
    expect(Object.keys(KINDS).sort()).toEqual([...FINDING_KINDS].sort())
    const rows = FINDING_KINDS.map((k) => KINDS[k])
    expect(new Set(rows.map((r) => r.paint)).size).toBe(FINDING_KINDS.length)
    expect(new Set(rows.map((r) => r.label)).size).toBe(FINDING_KINDS.length)
    for (const r of rows) expect(ENGINE_PARTS).toContain(r.part)
  })

  it('puts a kind on the disagree side exactly when its link contradicts', () => {
    for (const k of FINDING_KINDS)
      expect(KINDS[k].side === 'disagree').toBe(KINDS[k].relation === 'contradicts')
  })

  it('knows nothing of a name that is not a kind, and sorts it last', () => {
    expect(kindSpec('agreement')).toBeUndefined()
    expect(kindSpec('__proto__')).toBeUndefined()
    expect(kindOrder('agreement')).toBe(FINDING_KINDS.length)
    expect(FINDING_KINDS.map(kindOrder)).toEqual(FINDING_KINDS.map((_k, i) => i))
  })

  it('never lets a kind that drops others be dropped itself', () => {
    for (const k of FINDING_KINDS) if (KINDS[k].suppressible) expect(KINDS[k].covers).toBeNull()
  })
})
