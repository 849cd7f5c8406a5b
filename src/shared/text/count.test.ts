import { describe, expect, it } from 'vitest'
import { counted } from './count'

describe('counted', () => {
  it('puts the noun in the singular for one only', () => {
    expect(counted(1, 'conflict')).toBe('1 conflict')
    expect(counted(0, 'conflict')).toBe('0 conflicts')
    expect(counted(2, 'article')).toBe('2 articles')
    expect(counted(3, 'passage needs', 'passages need')).toBe('3 passages need')
  })
})
