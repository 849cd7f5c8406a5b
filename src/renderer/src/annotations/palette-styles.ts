import { useEffect } from 'react'
import type { PaletteColor } from '../../../shared/model'
import { HEX_COLOUR, ID_PATTERNS } from '../../../shared/vocabulary'

/**
 * The stylesheet of the analyst's palette: per colour its variable (--ann-<id>), the swatch
 * class (.ann-color-<id>) and the reader's highlight (::highlight(px-ann-<id>)): a translucent
 * tint plus a solid underline, so a mark stays distinct from the finding backgrounds it may
 * overlap. Only ids and colours of the stored shapes reach the CSS; anything else is left out.
 */
export function paletteCss(palette: readonly PaletteColor[]): string {
  return palette
    .filter((p) => ID_PATTERNS.color.test(p.id) && HEX_COLOUR.test(p.color))
    .map((p) =>
      [
        `:root { --ann-${p.id}: ${p.color}; }`,
        `.ann-color-${p.id} { background: var(--ann-${p.id}); }`,
        `::highlight(px-ann-${p.id}) { background-color: color-mix(in srgb, var(--ann-${p.id}) 25%, transparent); text-decoration: underline 3px var(--ann-${p.id}); }`
      ].join('\n')
    )
    .join('\n')
}

let sheet: CSSStyleSheet | null = null

/**
 * Paints the palette: one constructed sheet (the CSP allows no inline <style>), replaced
 * whenever the palette changes, so a recoloured mark changes everywhere at once.
 */
export function applyPaletteStyles(
  palette: readonly PaletteColor[],
  doc: Document = document
): void {
  if (!sheet) {
    sheet = new CSSStyleSheet()
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet]
  }
  sheet.replaceSync(paletteCss(palette))
}

/** Keeps the page painted with `palette` while it is known (null: not loaded yet). */
export function usePaletteStyles(palette: readonly PaletteColor[] | null): void {
  useEffect(() => {
    if (palette) applyPaletteStyles(palette)
  }, [palette])
}
