import type { Briefing } from './briefing'

/** One rule per palette colour, for the swatches of groups by colour. */
const swatches = (b: Briefing): string =>
  b.palette
    .filter((p) => /^[a-z0-9-]+$/.test(p.id) && /^#[0-9a-f]{3,8}$/i.test(p.color))
    .map((p) => `.swatch.c-${p.id} { background: ${p.color}; }`)
    .join('\n')

/** A CSS string literal (for `content:`), safe for any marking text. */
const cssString = (s: string): string =>
  `"${[...s].map((c) => (/[\w .,:;/()-]/.test(c) ? c : `\\${c.codePointAt(0)?.toString(16)} `)).join('')}"`

/**
 * The briefing's inline stylesheet. Print rules use CSS page margin boxes, so the marking and
 * "Page n of m" appear on every printed page in Chromium, Electron's printToPDF and browsers
 * that support them, with no script.
 */
export function briefingCss(b: Briefing): string {
  const mark = b.marking ? cssString(b.marking) : '""'
  return `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #fff; color: #1c1c1c; font: 11pt/1.5 "Noto Serif", "DejaVu Serif", Georgia, serif; }
main { max-width: 46rem; margin: 0 auto; padding: 2rem 1.5rem; }
h1, h2, h3, .marking, table, .cite, .meta { font-family: "Noto Sans", "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 1.9em; margin: 0.4em 0 0.2em; line-height: 1.2; }
h2 { font-size: 1.3em; border-bottom: 2px solid #1c1c1c; padding-bottom: 0.15em; margin-top: 1.8em; break-after: avoid; }
h3 { font-size: 1.05em; margin: 1.2em 0 0.4em; break-after: avoid; }
.meta { color: #555; margin: 0 0 1em; }
.marking { text-align: center; font-weight: 700; letter-spacing: 0.08em; text-transform: uppercase; color: #a30000; border: 1px solid #a30000; padding: 0.2em; margin: 0 0 1em; }
.marking.footer { margin: 2em 0 0; }
table { border-collapse: collapse; width: 100%; font-size: 0.9em; }
th, td { border: 1px solid #bbb; padding: 0.3em 0.45em; text-align: left; vertical-align: top; }
th { background: #f0f0f0; }
td.nowrap { white-space: nowrap; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
blockquote { margin: 0.5em 0; padding: 0.3em 0.8em; border-left: 3px solid #888; background: #f7f7f7; white-space: pre-wrap; }
.cite { display: block; color: #555; font-size: 0.85em; margin-top: 0.2em; white-space: normal; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 0.8em; }
.pair blockquote { margin: 0; }
.diff { background: #fafafa; border: 1px dashed #bbb; padding: 0.4em 0.6em; white-space: pre-wrap; }
del { background: #fde2e2; color: #8a1010; }
ins { background: #dff5e3; color: #0d5a1e; text-decoration: none; font-weight: 600; }
.comment { border-left: 3px solid #2f6fb0; padding-left: 0.8em; }
.comment > :first-child { margin-top: 0; }
.item { break-inside: avoid; margin-bottom: 1.2em; }
.swatch { display: inline-block; width: 0.8em; height: 0.8em; border-radius: 2px; margin-right: 0.35em; vertical-align: -0.05em; border: 1px solid #0003; }
.note { margin: 0.3em 0 0 1em; }
.empty { color: #666; font-style: italic; }
.story { break-inside: auto; }
.claims tr.conflict td:first-child { border-left: 4px solid #a30000; font-weight: 600; }
.claims tr.update td:first-child { border-left: 4px solid #1f5fa8; }
ol.citations li { margin-bottom: 0.4em; }
${swatches(b)}
@page { size: ${b.paper === 'letter' ? 'letter' : 'A4'}; margin: 22mm 18mm 20mm;
  @top-center { content: ${mark}; font: 700 9pt sans-serif; color: #a30000; letter-spacing: 0.08em; }
  @bottom-center { content: ${mark}; font: 700 9pt sans-serif; color: #a30000; letter-spacing: 0.08em; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 9pt sans-serif; color: #555; }
}
@media print {
  main { max-width: none; padding: 0; }
  .marking { display: none; }
  a { color: inherit; text-decoration: none; }
}
`
}
