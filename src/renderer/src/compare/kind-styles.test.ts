import { describe, expect, it } from 'vitest'
import { FINDING_KINDS, KINDS } from '../../../shared/analysis/kinds'
import { kindCss } from './kind-styles'

describe('kindCss', () => {
  it('gives every kind its colours, its highlight and its [data-kind] variables', () => {
    const css = kindCss()
    for (const k of FINDING_KINDS) {
      const { fill, ink } = KINDS[k]
      expect(css).toContain(`--k-${k}: light-dark(${fill[0]}, ${fill[1]});`)
      expect(css).toContain(`--k-${k}-ink: light-dark(${ink[0]}, ${ink[1]});`)
      expect(css).toContain(`::highlight(px-${k}) { background-color: var(--k-${k}); }`)
      expect(css).toContain(
        `[data-kind='${k}'] { --kind: var(--k-${k}); --kind-ink: var(--k-${k}-ink); }`
      )
    }
  })
})
