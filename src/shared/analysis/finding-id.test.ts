import { describe, expect, it } from 'vitest'
import { findingId } from './finding-id'

describe('findingId', () => {
  const a = { contentHash: 'aaa', start: 10, end: 50 }
  const b = { contentHash: 'bbb', start: 0, end: 40 }

  it('is stable and ignores the order of the sides', () => {
    expect(findingId('overlap', a, b)).toBe(findingId('overlap', b, a))
    expect(findingId('overlap', a, b)).toMatch(/^ove-[0-9a-f]{16}$/)
  })

  it('changes with the kind, the offsets or the content', () => {
    const id = findingId('overlap', a, b)
    expect(findingId('duplicate', a, b)).not.toBe(id)
    expect(findingId('overlap', { ...a, end: 51 }, b)).not.toBe(id)
    expect(findingId('overlap', { ...a, contentHash: 'aab' }, b)).not.toBe(id)
  })
})
