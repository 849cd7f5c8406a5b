import { SECTION_TITLES } from '../../../shared/briefing-spec'
import type { BriefingSection } from '../../../shared/contract'
import type { DiffPart } from '../../../shared/model'
import {
  fullCite,
  momentLine,
  noteDetails,
  shortCite,
  storyGrid,
  type Briefing,
  type BriefingStory,
  type DisagreeItem,
  type NoteGroup,
  type Quote
} from './briefing'
import { escapeHtml as e } from './escape'
import { briefingCss } from './html-style'
import { markdownToHtml } from './markdown-safe'

// Nothing in the page may load or run anything: styles are inline, images only as data: URLs.
const CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

/** The briefing as one self-contained HTML page: inline CSS, no script, no external request. */
export function toHtml(b: Briefing): string {
  const marking = (where: string): string =>
    b.marking ? `<div class="marking ${where}" role="note">${e(b.marking)}</div>` : ''
  const by = [b.author && `By ${e(b.author)}`, e(b.date)].filter(Boolean).join(' · ')
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Parallax">
<title>${e(b.title)}</title>
<style>${briefingCss(b)}</style>
</head>
<body>
<main>
${marking('header')}
<h1>${e(b.title)}</h1>
<p class="meta">${by}</p>
${b.sections.map((s) => `<section id="${s}">\n<h2>${SECTION_TITLES[s]}</h2>\n${section(b, s)}\n</section>`).join('\n')}
${marking('footer')}
</main>
</body>
</html>
`
}

function section(b: Briefing, s: BriefingSection): string {
  switch (s) {
    case 'summary':
      return b.summary.trim() ? markdownToHtml(b.summary) : empty('No summary.')
    case 'sources':
      return sourcesTable(b)
    case 'agree':
      if (!b.agree.length) return empty('No confirmed agreement between the chosen sources.')
      return b.agree
        .map(
          (a, i) =>
            `<div class="item"><h3>${i + 1}. ${e(a.explanation)}</h3>${quote(a.a)}${quote(a.b)}${comment(a.comment)}</div>`
        )
        .join('\n')
    case 'disagree':
      if (!b.disagree.length) return empty('No confirmed contradiction between the chosen sources.')
      return b.disagree.map((d, i) => disagreement(d, i + 1)).join('\n')
    case 'annotations':
      return b.groups.length ? b.groups.map(group).join('\n') : empty('No annotation was chosen.')
    case 'stories':
      if (!b.stories.length) return empty('No two chosen sources tell the same story.')
      return b.stories.map(storyHtml).join('\n')
    case 'appendix':
      return `<ol class="citations">${b.sources.map((c) => `<li value="${c.n}">${e(fullCite(c))}</li>`).join('')}</ol>`
  }
}

const empty = (text: string): string => `<p class="empty">${e(text)}</p>`

function storyHtml(st: BriefingStory): string {
  const [head = [], ...rows] = storyGrid(st)
  const table = rows.length
    ? `<table class="claims"><thead><tr>${head.map((h) => `<th>${e(h)}</th>`).join('')}</tr></thead><tbody>${rows
        .map(
          (r, i) =>
            `<tr class="${st.claims[i]?.status ?? 'agree'}">${r.map((c) => `<td>${e(c)}</td>`).join('')}</tr>`
        )
        .join('')}</tbody></table>`
    : empty('No claim is stated by two of these outlets.')
  return `<div class="item story"><h3>${e(st.name)}</h3>
<h4>Timeline</h4>
<ol class="timeline">${st.timeline.map((m) => `<li>${e(momentLine(m))}</li>`).join('')}</ol>
<h4>Claims</h4>
${table}</div>`
}

function sourcesTable(b: Briefing): string {
  const rows = b.sources.map(
    (s) =>
      `<tr><td class="num">${s.n}</td><td>${e(s.title)}</td><td>${e(s.outlet || '—')}</td><td class="nowrap">${e(s.date || '—')}</td><td>${e(s.grade || '—')}</td><td class="num">${s.annotations}</td><td class="num">${s.findings}</td></tr>`
  )
  return `<table><thead><tr><th>#</th><th>Title</th><th>Outlet</th><th>Date</th><th>Grade</th><th>Annotations</th><th>Findings</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
}

const quote = (q: Quote): string =>
  `<blockquote>${e(q.text)}<span class="cite">— ${e(shortCite(q.source))}</span></blockquote>`

const comment = (md: string): string =>
  md.trim() ? `<div class="comment"><strong>Analyst:</strong> ${markdownToHtml(md)}</div>` : ''

function disagreement(d: DisagreeItem, n: number): string {
  return `<div class="item"><h3>${n}. ${e(d.explanation)}</h3>
<div class="pair">${quote(d.a)}${quote(d.b)}</div>
<p><strong>Word diff</strong> (<del>only in A</del> <ins>only in B</ins>):</p>
<p class="diff">${diffHtml(d.diff)}</p>${comment(d.comment)}</div>`
}

const diffHtml = (diff: DiffPart[]): string =>
  diff
    .map((p) =>
      p.op === 'insert'
        ? `<ins>${e(p.text)}</ins>`
        : p.op === 'delete'
          ? `<del>${e(p.text)}</del>`
          : e(p.text)
    )
    .join('')

function group(g: NoteGroup): string {
  // A class, not a style attribute: the preview's CSP forbids inline style attributes.
  const swatch = g.colorId ? `<span class="swatch c-${e(g.colorId)}"></span>` : ''
  const items = g.items.map((n) => {
    return `<div class="item"><blockquote>${e(n.quote.text)}<span class="cite">— ${e(shortCite(n.quote.source))}; ${e(noteDetails(n))}</span></blockquote>${n.note.trim() ? `<div class="note">${markdownToHtml(n.note)}</div>` : ''}</div>`
  })
  return `<h3>${swatch}${e(g.label)}</h3>\n${items.join('\n')}`
}
