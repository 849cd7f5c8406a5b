import { FINDING_KINDS, KINDS } from '../../../shared/analysis/kinds'

/**
 * The stylesheet of the finding kinds, from the registry: per kind its colour variables
 * (--k-<kind>, --k-<kind>-ink, light and dark through light-dark()), its highlight, and the
 * --kind / --kind-ink pair that the [data-kind] rules in styles.css read.
 */
export function kindCss(): string {
  return FINDING_KINDS.map((k) => {
    const { fill, ink } = KINDS[k]
    return [
      `:root { --k-${k}: light-dark(${fill[0]}, ${fill[1]}); --k-${k}-ink: light-dark(${ink[0]}, ${ink[1]}); }`,
      `[data-kind='${k}'] { --kind: var(--k-${k}); --kind-ink: var(--k-${k}-ink); }`,
      `::highlight(px-${k}) { background-color: var(--k-${k}); }`
    ].join('\n')
  }).join('\n')
}

/**
 * Adopts the kinds' stylesheet into the document. A constructed sheet, not a <style> element:
 * the page's CSP allows styles from 'self' only, and constructed sheets are not inline markup.
 */
export function installKindStyles(doc: Document = document): void {
  const sheet = new CSSStyleSheet()
  sheet.replaceSync(kindCss())
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet]
}
