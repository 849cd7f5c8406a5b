import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Finding } from '../../model'
import type { EngineDoc } from '../engine'
import { OverlapEngine } from '../overlap/overlap-engine'
import { ClaimsEngine } from './claims-engine'
import { suppressCovered } from './suppress'

const dir = join(__dirname, '../../../../articles')
/** The five sample articles as stored: the "date ..." line is metadata, not text. */
const samples: EngineDoc[] = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => {
    const raw = readFileSync(join(dir, f), 'utf8')
    const date = /^\s*date (\d{4}-\d\d-\d\d)/.exec(raw)?.[1]
    return { id: f.slice(0, 3), text: raw.replace(/^\s*date \S+\s*/, ''), contentHash: f, date }
  })

/** Claims findings less the paraphrases an overlap already shows, as the merge step leaves them. */
function run(docs: EngineDoc[]): Finding[] {
  const overlap = new OverlapEngine()
  const claims = new ClaimsEngine()
  for (const d of docs) {
    overlap.add(d)
    claims.add(d)
  }
  return suppressCovered(claims.findings(), overlap.findings())
}
const pair = (a: string, b: string, dates: [string?, string?] = []): Finding[] =>
  run([
    { id: 'a', text: a, contentHash: 'ha', date: dates[0] },
    { id: 'b', text: b, contentHash: 'hb', date: dates[1] }
  ])
const subtypes = (fs: Finding[]): string[] => fs.map((f) => f.subtype)

describe('claims engine on the sample articles', () => {
  const found = run(samples)
  const between = (x: string, y: string, subtype: string): Finding[] =>
    found.filter(
      (f) =>
        f.subtype === subtype &&
        ((f.a.article === x && f.b.article === y) || (f.a.article === y && f.b.article === x))
    )

  it('finds 10,000 vs up to 12,000 North Korean soldiers/troops, and says so', () => {
    const [f] = between('000', '003', 'number')
    // The explanation names what is counted and each value with its article count and date.
    expect(f?.explanation).toBe(
      'number: North Korean soldiers/troops deployed (in Kursk): up to 12,000 (1 article) vs 10,000 (1 article, 2024-10-18)'
    )
    expect(new Set([f?.a.text, f?.b.text])).toEqual(
      new Set(['10,000 North Korean soldiers', 'up to 12,000 North Korean combat troops'])
    )
    expect(f?.group?.values.map((v) => [v.article, v.value]).sort()).toEqual([
      ['000', '10,000'],
      ['003', 'up to 12,000']
    ])
  })

  it('finds NATO\'s "no evidence" against six officers killed at the front', () => {
    const [f] = between('000', '001', 'negation')
    expect(f?.a.text).toContain('no evidence that North Korean soldiers are involved in the fight')
    expect(f?.b.text).toContain('six North Korean officers were killed on the Russian frontline')
    expect(f?.explanation).toMatch(/^negation: "no evidence" vs asserted/)
  })

  it('finds the four-country list as one finding listing all three articles', () => {
    const lists = found.filter((f) => f.group?.key.startsWith('list|'))
    expect(lists).toHaveLength(1)
    expect(lists[0]?.kind).toBe('paraphrase')
    expect(lists[0]?.explanation).toMatch(/the same 4 names.*, in 3 articles$/)
    expect(lists[0]?.group?.values.map((v) => [v.article, v.value]).sort()).toEqual([
      ['000', 'Australia, Japan, Korea and New Zealand'],
      ['002', 'South Korea, Japan, Australia, and New Zealand'],
      ['004', 'South Korea, Japan, Australia and New Zealand']
    ])
  })

  it('does not repeat as paraphrase what overlap already shows', () => {
    const para = found.filter((f) => f.kind === 'paraphrase')
    expect(para.some((f) => f.a.text.includes('instability in Europe'))).toBe(false)
  })

  it('keeps offsets exact and gives paraphrases a probability at or above the bar', () => {
    for (const f of found) {
      for (const p of [f.a, f.b]) {
        const doc = samples.find((d) => d.id === p.article) as EngineDoc
        expect(doc.text.slice(p.start, p.end)).toBe(p.text)
      }
      if (f.kind === 'paraphrase') {
        expect(f.score).toBeGreaterThanOrEqual(0.5)
        expect(f.score).toBeLessThanOrEqual(1)
      }
    }
  })

  it('does not count six officers killed against 10,000 soldiers', () => {
    expect(between('000', '001', 'number')).toEqual([])
  })
})

describe('claims engine on hand-made pairs', () => {
  it('negation: denied vs asserted, but not a denial of a different claim', () => {
    const asserted =
      'Iran supplied drones to Russia last month, according to Ukrainian intelligence.'
    expect(
      subtypes(
        pair(
          'US officials said there is no evidence that Iran supplied drones to Russia.',
          asserted
        )
      )
    ).toEqual(['negation'])
    expect(
      pair(
        'US officials said there is no evidence that Iran supplied missiles to Russia.',
        asserted
      )
    ).toEqual([])
    expect(
      pair(
        'Officials have no reason to believe that reports of Iran supplying drones to Russia are not true.',
        'Iran supplied drones to Russia last month.'
      )
    ).toEqual([])
  })

  it('role: one person with two titles, one office with two holders, within a month', () => {
    const titles = pair(
      "Rustem Umerov, Ukraine's defence minister, met his counterparts.",
      'Rustem Umerov, the foreign minister, met his counterparts.'
    )
    expect(titles.map((f) => f.explanation)).toEqual([
      'role: Rustem Umerov is defence minister vs foreign minister (article dates unknown)'
    ])
    const a = 'NATO Secretary General Jens Stoltenberg spoke to reporters in Brussels.'
    const b = 'NATO Secretary General Mark Rutte spoke to reporters in Brussels.'
    expect(subtypes(pair(a, b, ['2024-11-13', '2024-11-14']))).toEqual(['role'])
    expect(pair(a, b, ['2023-05-01', '2025-01-10'])).toEqual([])
    expect(
      pair(
        'NATO Secretary General Jens Stoltenberg said the alliance would respond.',
        'NATO chief Jens Stoltenberg said the alliance would respond firmly.'
      ).filter((f) => f.kind === 'contradiction')
    ).toEqual([])
  })

  it('date: the same event on two days, not two events or two spellings of one day', () => {
    const dated: [string, string] = ['2024-11-15', '2024-11-15']
    const fs = pair(
      'Blinken met Stoltenberg in Brussels on November 13 to discuss aid.',
      'Blinken met Stoltenberg in Brussels on November 14 to discuss aid.',
      dated
    )
    expect(fs.map((f) => f.explanation)).toEqual([
      'date: met (blinken, brussels, stoltenberg): November 13 (1 article, 2024-11-15) vs November 14 (1 article, 2024-11-15)'
    ])
    // The same sentence with the day respelt is an edited copy (overlap), never a conflict.
    expect(
      subtypes(
        pair(
          'Blinken met Stoltenberg in Brussels on 13 November 2024.',
          'Blinken met Stoltenberg in Brussels on November 13, 2024.'
        )
      )
    ).toEqual(['near-identical'])
    expect(
      pair(
        'Blinken met Stoltenberg in Brussels on November 13.',
        'Blinken called Stoltenberg on November 20.',
        dated
      )
    ).toEqual([])
  })

  it('date: a weekday against a full date in undated articles; a date beside "said" dates the saying', () => {
    const fs = pair(
      'Tara Reid checked into Promises Treatment Center on Friday, her rep said.',
      'Reid checked herself into Promises on Tuesday, December 9, 2008.'
    )
    expect(fs.map((f) => [f.subtype, f.group?.values.map((v) => v.value).sort()])).toEqual([
      ['date', ['Friday', 'Tuesday, December 9, 2008']]
    ])
    // Two bare weekdays of undated articles may be days of different weeks.
    expect(
      subtypes(
        pair(
          'Tara Reid checked into Promises Treatment Center on Friday.',
          'Tara Reid has entered Malibu Promises Treatment Center on Tuesday.'
        )
      )
    ).not.toContain('date')
    // "confirmed on Friday" dates the rep's statement, not the check-in.
    expect(
      subtypes(
        pair(
          'Tara Reid checked into Promises, her rep confirmed to People on Friday.',
          'Reid checked herself into Promises on Tuesday, December 9, 2008.'
        )
      )
    ).not.toContain('date')
  })

  it('attribution: one quotation, two named speakers; not a pronoun', () => {
    const fs = pair(
      '“Putin will not get his way,” Rutte said.',
      '“Putin will not get his way,” Zelenskyy said.'
    )
    expect(fs.map((f) => f.explanation)).toEqual([
      'attribution: "putin will not get his way" said by: Rutte (1 article) vs Zelenskyy (1 article)'
    ])
    expect(
      pair('“Putin will not get his way,” Rutte said.', '“Putin will not get his way,” he said.')
    ).toEqual([])
    // Three outlets, two speakers: one finding listing each outlet's speaker.
    const e = new ClaimsEngine()
    ;['Rutte', 'Rutte', 'Zelenskyy'].forEach((who, i) =>
      e.add({
        id: `d${i}`,
        text: `“Putin will not get his way,” ${who} said.`,
        contentHash: `h${i}`
      })
    )
    const grouped = e.findings().filter((f) => f.subtype === 'attribution')
    expect(grouped.map((f) => f.group?.values.map((v) => v.value).sort())).toEqual([
      ['Rutte', 'Rutte', 'Zelenskyy']
    ])
  })

  it('number hard negatives: conversion, part of a total, another scope', () => {
    const contradictions = (a: string, b: string): Finding[] =>
      pair(a, b).filter((f) => f.kind === 'contradiction')
    expect(
      contradictions(
        'The contract is worth €100 million ($108 million), the ministry said.',
        'The ministry said the contract is worth €100 million, or about $110 million.'
      )
    ).toEqual([])
    expect(
      contradictions(
        'The company agreed a $50 million deal, $20 million of it in stock, with the start-up.',
        'The $50 million deal with the start-up was announced on Monday.'
      )
    ).toEqual([])
    expect(
      contradictions(
        'In Kherson district, 40 people were killed by shelling last week, local officials said.',
        'Across the country, 400 people were killed by shelling last week, the ministry said.'
      )
    ).toEqual([])
  })

  it('paraphrase: aliases and synonyms align, swapped roles do not', () => {
    const fs = pair(
      'The DPRK has sent thousands of troops to Russia this autumn.',
      'North Korea dispatched thousands of soldiers to Russia in the autumn.'
    )
    expect(subtypes(fs)).toEqual(['paraphrase'])
    expect(
      pair(
        'North Korea sent troops to Russia, the report said.',
        'Russia sent oil to North Korea, the report said.'
      )
    ).toEqual([])
  })

  it('forgets a removed article', () => {
    const engine = new ClaimsEngine()
    engine.add({ id: 'a', text: 'Six soldiers died in the ambush near Bakhmut.', contentHash: 'a' })
    engine.add({
      id: 'b',
      text: 'Nine troops were killed in the ambush near Bakhmut.',
      contentHash: 'b'
    })
    expect(engine.findings()).toHaveLength(1)
    engine.remove('b')
    expect(engine.findings()).toEqual([])
    expect(engine.findings(['a'])).toEqual([])
  })
})
