import { SECTION_TITLES } from '../../../shared/briefing-spec'
import type { BriefingSection } from '../../../shared/contract'
import type { DiffPart } from '../../../shared/model'
import {
  fullCite,
  noteDetails,
  momentLine,
  shortCite,
  storyGrid,
  type Briefing,
  type BriefingStory,
  type DisagreeItem,
  type Quote
} from './briefing'
import { embedMarkdown, escapeCell, escapeMarkdown } from './escape'

/** The briefing as Markdown (CommonMark + GFM tables). */
export function toMarkdown(b: Briefing): string {
  const out: string[] = []
  if (b.marking) out.push(`**${escapeMarkdown(b.marking)}**`, '')
  out.push(`# ${escapeMarkdown(b.title)}`, '')
  const by = [b.author && `By ${escapeMarkdown(b.author)}`, escapeMarkdown(b.date)].filter(Boolean)
  out.push(by.join(' · '), '')
  for (const s of b.sections) out.push(`## ${SECTION_TITLES[s]}`, '', ...section(b, s), '')
  if (b.marking) out.push('---', '', `**${escapeMarkdown(b.marking)}**`, '')
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`
}

function section(b: Briefing, s: BriefingSection): string[] {
  switch (s) {
    case 'summary':
      return [b.summary.trim() ? embedMarkdown(b.summary.trim(), '') : '_No summary._']
    case 'sources':
      return sourcesTable(b)
    case 'agree':
      if (!b.agree.length) return ['_No confirmed agreement between the chosen sources._']
      return b.agree.flatMap((a, i) => [
        `### ${i + 1}. ${escapeMarkdown(a.explanation)}`,
        '',
        ...quote(a.a),
        '',
        ...quote(a.b),
        '',
        ...(a.comment ? [`**Analyst:**`, '', embedMarkdown(a.comment, ''), ''] : [])
      ])
    case 'disagree':
      if (!b.disagree.length) return ['_No confirmed contradiction between the chosen sources._']
      return b.disagree.flatMap((d, i) => disagreement(d, i + 1))
    case 'annotations':
      if (!b.groups.length) return ['_No annotation was chosen._']
      return b.groups.flatMap((g) => [
        `### ${escapeMarkdown(g.label)}`,
        '',
        ...g.items.flatMap((n) => [
          // The trailing backslash is a hard line break: the citation goes on its own line.
          `- ${inlineQuote(n.quote)}\\`,
          `  — ${escapeMarkdown(`${shortCite(n.quote.source)}; ${noteDetails(n)}`)}`,
          ...(n.note.trim() ? ['', embedMarkdown(n.note.trim(), '  ')] : []),
          ''
        ])
      ])
    case 'stories':
      if (!b.stories.length) return ['_No two chosen sources tell the same story._']
      return b.stories.flatMap(storyMarkdown)
    case 'appendix':
      return b.sources
        .map((c) => `${c.n}\\. ${escapeMarkdown(fullCite(c))}`)
        .flatMap((l) => [l, ''])
  }
}

function storyMarkdown(st: BriefingStory): string[] {
  const [head = [], ...rows] = storyGrid(st)
  return [
    `### ${escapeMarkdown(st.name)}`,
    '',
    '**Timeline**',
    '',
    ...st.timeline.map((m) => `1. ${escapeMarkdown(momentLine(m))}`),
    '',
    '**Claims** (each value with its time and source)',
    '',
    ...(rows.length
      ? [
          `| ${head.map((c) => escapeCell(c)).join(' | ')} |`,
          `|${head.map(() => ' --- ').join('|')}|`,
          ...rows.map((r) => `| ${r.map((c) => escapeCell(c)).join(' | ')} |`)
        ]
      : ['_No claim is stated by two of these outlets._']),
    ''
  ]
}

function sourcesTable(b: Briefing): string[] {
  const head = ['#', 'Title', 'Outlet', 'Date', 'Grade', 'Annotations', 'Findings']
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map((h) => (h === 'Annotations' || h === 'Findings' ? ' ---: ' : ' --- ')).join('|')}|`,
    ...b.sources.map(
      (s) =>
        `| ${[String(s.n), s.title, s.outlet || '—', s.date || '—', s.grade || '—'].map((c) => escapeCell(c)).join(' | ')} | ${s.annotations} | ${s.findings} |`
    )
  ]
}

/** A passage as a block quote, each line literal, followed by its citation. */
function quote(q: Quote): string[] {
  return [
    ...escapeMarkdown(q.text)
      .split('\n')
      .map((l) => `> ${l}`),
    `>`,
    `> — ${escapeMarkdown(shortCite(q.source))}`
  ]
}

const inlineQuote = (q: Quote): string => `“${escapeMarkdown(q.text).replace(/\n/g, '\n  ')}”`

function disagreement(d: DisagreeItem, n: number): string[] {
  return [
    `### ${n}. ${escapeMarkdown(d.explanation)}`,
    '',
    '| A | B |',
    '| --- | --- |',
    `| ${escapeCell(d.a.text, '<br>')} | ${escapeCell(d.b.text, '<br>')} |`,
    `| ${escapeCell(shortCite(d.a.source))} | ${escapeCell(shortCite(d.b.source))} |`,
    '',
    `**Word diff** (~~only in A~~, **only in B**): ${diffMarkdown(d.diff)}`,
    '',
    ...(d.comment ? ['**Analyst:**', '', embedMarkdown(d.comment, ''), ''] : [])
  ]
}

function diffMarkdown(diff: DiffPart[]): string {
  return diff
    .map((p) => {
      const t = escapeCell(p.text)
      if (!t.trim()) return t
      // Markup must hug the words, so leading and trailing spaces stay outside it.
      const [, lead, body, trail] = /^(\s*)(.*?)(\s*)$/s.exec(t) as RegExpExecArray
      if (p.op === 'delete') return `${lead}~~${body}~~${trail}`
      if (p.op === 'insert') return `${lead}**${body}**${trail}`
      return t
    })
    .join('')
}
