import { describe, expect, it } from 'vitest'
import { paletteCss } from './palette-styles'

describe('paletteCss', () => {
  it("paints each colour's highlight and swatch from the palette the analyst set", () => {
    const css = paletteCss([
      { id: 'red', name: 'Disputed', color: '#123456' },
      { id: 'blue', name: 'Official', color: '#2f80c8' }
    ])
    expect(css).toContain(':root { --ann-red: #123456; }')
    expect(css).toContain('.ann-color-red { background: var(--ann-red); }')
    expect(css).toContain('::highlight(px-ann-red) {')
    expect(css).toContain('underline 3px var(--ann-red)')
    expect(css).toContain(':root { --ann-blue: #2f80c8; }')
    expect(css).not.toContain('#d64541')
  })

  it('leaves out a colour or id that is not of the stored shape, so nothing else reaches the CSS', () => {
    const css = paletteCss([
      { id: 'red', name: 'x', color: 'red; } body { display: none' },
      { id: 'a} *{x', name: 'x', color: '#fff' },
      { id: 'green', name: 'x', color: 'url(http://127.0.0.1/)' },
      { id: 'ok', name: 'x', color: '#abc' }
    ])
    expect(css).toBe(
      [
        ':root { --ann-ok: #abc; }',
        '.ann-color-ok { background: var(--ann-ok); }',
        '::highlight(px-ann-ok) { background-color: color-mix(in srgb, var(--ann-ok) 25%, transparent); text-decoration: underline 3px var(--ann-ok); }'
      ].join('\n')
    )
  })
})
