import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Finding } from '../../model'
import { OverlapEngine } from './overlap-engine'

// Unrelated prose around the passages under test. Any two of eight consecutive sentences differ
// in every content word, so filler never matches filler.
const ADJ = ['quiet', 'crowded', 'flooded', 'rebuilt', 'famous', 'narrow', 'empty', 'historic']
const NOUN = ['bakery', 'museum', 'stadium', 'harbour', 'library', 'orchard', 'tunnel', 'market']
const VERB = [
  'reopened',
  'closed',
  'expanded',
  'flourished',
  'struggled',
  'relocated',
  'burned',
  'thrived'
]
const PLACE = [
  'river',
  'station',
  'cathedral',
  'university',
  'airport',
  'hospital',
  'bridge',
  'square'
]
let sentenceNo = 0
const sentence = (n: number): string =>
  `The ${ADJ[n % 8]} ${NOUN[(n * 3) % 8]} ${VERB[(n * 5) % 8]} beside the ${PLACE[(n * 7) % 8]}.`
const filler = (_where: string): string => `${sentence(sentenceNo++)} ${sentence(sentenceNo++)}`

function analyse(texts: Record<string, string>): Finding[] {
  const engine = new OverlapEngine()
  for (const [id, text] of Object.entries(texts)) engine.add({ id, text, contentHash: `h-${id}` })
  return engine.findings()
}

function expectExactOffsets(findings: Finding[], texts: Record<string, string>): void {
  for (const f of findings)
    for (const p of [f.a, f.b]) expect(p.text).toBe(texts[p.article]?.slice(p.start, p.end))
}

describe('overlap: identical', () => {
  it('finds the same sentence despite case, punctuation and quote style', () => {
    const texts = {
      a: `${filler('Lyon')} Officials said the convoy reached the border crossing near Rafah late on Tuesday evening. ${filler('Nice')}`,
      b: `${filler('Gent')}\nOFFICIALS SAID THE CONVOY REACHED THE BORDER-CROSSING NEAR RAFAH, LATE ON TUESDAY EVENING!\n${filler('Bern')}`
    }
    const [f, ...rest] = analyse(texts)
    expect(rest).toEqual([])
    expect(f).toMatchObject({ kind: 'overlap', subtype: 'identical' })
    expect(f?.a.text).toBe(
      'Officials said the convoy reached the border crossing near Rafah late on Tuesday evening.'
    )
    expect(f?.explanation).toMatch(
      /Identical sentence \(14 words\) \(ignoring case and punctuation\)/
    )
    expect(f?.score).toBeGreaterThan(0.9)
    expectExactOffsets([f as Finding], texts)
  })

  it('merges a run of several copied sentences into one finding', () => {
    const wire =
      'The ministry confirmed that three aid ships docked in Odesa on Friday. ' +
      'Port officials said grain loading would resume within two days. ' +
      'Insurers have raised premiums for vessels crossing the western Black Sea.'
    const texts = {
      a: `${filler('Turin')} ${wire} ${filler('Pisa')}`,
      b: `${wire}\n\n${filler('Oslo')}`
    }
    const findings = analyse(texts)
    expect(findings).toHaveLength(1)
    expect(findings[0]?.a.text).toBe(wire)
    expect(findings[0]?.explanation).toMatch(/run of 3 sentences \(33 words\)/)
  })
})

describe('overlap: near-identical', () => {
  it('reports the lightly edited Rutte sentence with its edits in the diff', () => {
    const texts = {
      a: `${filler('Riga')} "The war in Ukraine has shown that instability in Europe can have far-reaching consequences across the world," said Rutte.`,
      b: `He said the war in Ukraine had shown that instability in Europe could have far-reaching consequences around the world. ${filler('Kyiv')}`
    }
    const [f, ...rest] = analyse(texts)
    expect(rest).toEqual([])
    expect(f?.subtype).toBe('near-identical')
    expect(f?.explanation).toContain('can → could')
    expect(f?.explanation).toContain('across → around')
    const deleted = f?.diff.filter((d) => d.op === 'delete').map((d) => d.text.trim())
    const inserted = f?.diff.filter((d) => d.op === 'insert').map((d) => d.text.trim())
    expect(deleted).toEqual(expect.arrayContaining(['has', 'can', 'across']))
    expect(inserted).toEqual(expect.arrayContaining(['had', 'could', 'around']))
    expectExactOffsets([f as Finding], texts)
  })
})

describe('passage edges', () => {
  it('does not drag in fragments of the neighbouring sentences', () => {
    const texts = {
      a: 'Prices rose sharply after the storm hit the coast of the island. Fishermen said the harbour would stay closed until the engineers inspected every pier. The council met on Friday.',
      b: 'Analysts expect exports to fall after a poor harvest on the island. Fishermen said the harbour would stay closed until engineers inspected every pier. The mayor resigned.'
    }
    const [f, ...rest] = analyse(texts)
    expect(rest).toEqual([])
    expect(f?.a.text).toBe(
      'Fishermen said the harbour would stay closed until the engineers inspected every pier.'
    )
    expect(f?.b.text).toBe(
      'Fishermen said the harbour would stay closed until engineers inspected every pier.'
    )
    expect(f?.explanation).toContain('−the')
  })
})

describe('overlap: shared quote', () => {
  it('names who each article says spoke the quotation', () => {
    const texts = {
      a: `${filler('Metz')} "We will not accept any deal that rewards the aggressor," Mark Rutte told reporters in Brussels.`,
      b: `Speaking later, Rutte said: “We will not accept any deal that rewards the aggressor.” ${filler('Graz')}`
    }
    const [f, ...rest] = analyse(texts)
    expect(rest).toEqual([])
    expect(f?.subtype).toBe('shared-quote')
    expect(f?.explanation).toMatch(
      /Same quotation in both \(10 words\); both attribute it to Mark Rutte/
    )
  })

  it('keeps a short whole quotation and resolves "he" to the last named speaker', () => {
    const texts = {
      a: `${filler('Bonn')} Mark Rutte spoke after the talks. “Putin will not get his way,” he said.`,
      b: `${filler('Gdansk')} Volodymyr Zelenskyy told the press that "Putin will not get his way".`
    }
    const [f, ...rest] = analyse(texts)
    expect(rest).toEqual([])
    expect(f?.subtype).toBe('shared-quote')
    expect(f?.explanation).toContain('A attributes it to Mark Rutte, B to Volodymyr Zelenskyy')
  })
})

describe('duplicate: repeated', () => {
  it('finds a paragraph repeated inside one article, earlier copy as side a', () => {
    const para =
      'Members of the alliance expressed concern about the growing ties between the two ' +
      'governments and condemned the weapons exports that followed the summit in June.'
    const texts = { a: `${para}\n\n${filler('Kaunas')}\n\n${para}` }
    const [f, ...rest] = analyse(texts)
    expect(rest).toEqual([])
    expect(f).toMatchObject({ kind: 'duplicate', subtype: 'repeated' })
    expect(f?.a.start).toBe(0)
    expect(f?.b.start).toBe(texts.a.lastIndexOf(para))
    expect(f?.explanation).toMatch(/appears twice word for word/)
  })
})

describe('near-misses that must not match', () => {
  it('ignores common phrases and a coincidental 5-word run', () => {
    expect(
      analyse({
        a: 'The mayor told reporters on Monday that the bridge would reopen. Traffic in the European Union and NATO states slowed.',
        b: 'A spokesman told reporters on Monday that talks had stalled. Officials in the European Union and NATO capitals disagreed.'
      })
    ).toEqual([])
  })

  it('ignores shared boilerplate: datelines, read-also, sign-up lines, photo credits', () => {
    const furniture = [
      'Read also: How the alliance plans to rebuild its ammunition stockpiles this winter',
      'Sign up for our weekly World Briefing newsletter to get the latest stories in your inbox every Monday.',
      'Photo credit: Reuters / Yves Herman, via the Brussels press pool and partner agencies'
    ]
    expect(
      analyse({
        a: `BRUSSELS (AP) — ${filler('Mons')}\n${furniture.join('\n')}`,
        b: `BRUSSELS (AP) — ${filler('Ulm')}\n${furniture.join('\n')}`
      })
    ).toEqual([])
  })

  it('ignores the same sentence frame with different content', () => {
    expect(
      analyse({
        a: 'The minister said on Tuesday that the government would increase spending on schools by ten percent next year.',
        b: 'The president said on Wednesday that the government would cut spending on defence by five percent next year.'
      })
    ).toEqual([])
  })
})

describe('incremental engine', () => {
  const texts = {
    x: `${filler('Lviv')} Officials said the convoy reached the border crossing near Rafah late on Tuesday evening.`,
    y: `Officials said the convoy reached the border crossing near Rafah late on Tuesday evening. ${filler('Bari')}`,
    z: filler('Pula')
  }

  it('gives the same finding ids whatever the order documents arrive in', () => {
    const ids = (order: string[]): string[] => {
      const e = new OverlapEngine()
      for (const id of order) e.add({ id, text: texts[id as 'x'], contentHash: `h-${id}` })
      return e.findings().map((f) => f.id)
    }
    expect(ids(['x', 'y', 'z'])).toEqual(ids(['z', 'y', 'x']))
    expect(ids(['x', 'y', 'z'])).toHaveLength(1)
  })

  it('filters by ids and forgets removed documents', () => {
    const e = new OverlapEngine()
    for (const [id, text] of Object.entries(texts)) e.add({ id, text, contentHash: `h-${id}` })
    expect(e.findings(['x', 'z'])).toEqual([])
    expect(e.findings(['x', 'y'])).toHaveLength(1)
    e.remove('y')
    expect(e.findings()).toEqual([])
  })
})

describe('the sample articles', () => {
  const dir = join(__dirname, '../../../../articles')
  const texts: Record<string, string> = {}
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort())
    texts[name.slice(0, 3)] = readFileSync(join(dir, name), 'utf8')
  const findings = analyse(texts)

  it('finds the near-identical Rutte sentence between 000 and 001', () => {
    const f = findings.find((x) => x.a.article === '000' && x.b.article === '001')
    expect(f?.subtype).toBe('near-identical')
    expect(f?.a.text).toContain('instability in Europe can have far-reaching consequences across')
    expect(f?.b.text).toContain('instability in Europe could have far-reaching consequences around')
  })

  it('finds the whole repeated paragraph of 002 as one duplicate', () => {
    const dup = findings.filter((x) => x.kind === 'duplicate')
    expect(dup).toHaveLength(1)
    expect(dup[0]?.a.text).toBe(dup[0]?.b.text)
    expect(dup[0]?.a.text.startsWith('During a dinner hosted by US President Joe Biden')).toBe(true)
    expect(dup[0]?.a.text.endsWith('despite previously pledging substantial aid.')).toBe(true)
  })

  it('reports nothing else, with exact offsets', () => {
    expect(findings).toHaveLength(2)
    expectExactOffsets(findings, texts)
  })
})

describe('side order', () => {
  it('puts the older or the dated article on side a, so the diff reads source to copy', () => {
    const s = 'Officials said the convoy reached the border crossing near Rafah late on Tuesday.'
    const run = (dates: Record<string, string | undefined>): string | undefined => {
      const e = new OverlapEngine()
      for (const id of ['m', 'n'])
        e.add({ id, text: `${filler(id)} ${s}`, contentHash: `h-${id}`, date: dates[id] })
      return e.findings()[0]?.a.article
    }
    expect(run({ m: '2024-10-19', n: '2024-10-18' })).toBe('n')
    expect(run({ m: undefined, n: '2024-10-18' })).toBe('n')
    expect(run({ m: undefined, n: undefined })).toBe('m')
  })
})
