import { describe, expect, it } from 'vitest'
import { ecbTopic as topic } from '../../../../test-support/ecb'
import { claimTable, type ClaimDoc } from './claim-table'

const doc = (id: string, source: string, time: string, text: string): ClaimDoc => ({
  id,
  title: text.slice(0, 40),
  source,
  date: time.slice(0, 10),
  time,
  text
})

describe('claim table on real news', () => {
  const iran = topic(20).map((d, i) => doc(d.id, `Outlet ${i}`, '', `${d.title}\n\n${d.text}`))

  it('lines up how many people each outlet says were wounded, and marks the conflict', () => {
    const table = claimTable(iran)
    const wounded = table.rows.find((r) => r.label === 'people wounded')
    expect(wounded?.status).toBe('conflict')
    const cells = Object.values(wounded?.cells ?? {}).flat()
    expect(new Set(cells.map((c) => c.value)).size).toBeGreaterThan(1)
    for (const c of cells) {
      const d = iran.find((x) => x.id === c.article) as ClaimDoc
      // The cell's passage is the figure's own words in that article.
      expect(d.text.slice(c.start, c.end)).toMatch(
        /\d|one|two|three|four|five|six|seven|eight|nine|ten/i
      )
    }
    expect(table.differ.length).toBeGreaterThanOrEqual(2)
    expect(table.differ.length).toBeLessThanOrEqual(4)
  })

  it('shows every outlet’s magnitude in one row, the ones the engine does not compare too', () => {
    const rows = claimTable(iran).rows.filter((r) => r.label === 'earthquake magnitude')
    expect(rows).toHaveLength(1)
    const values = Object.fromEntries(
      Object.values(rows[0]?.cells ?? {})
        .flat()
        .map((c) => [c.article, c.value])
    )
    // 20_5 gives state television's 5.2 and the USGS 5.4: both shown, neither set against 5.6.
    expect(values).toEqual({
      '20_1ecb': '5.6',
      '20_2ecb': '5.6',
      '20_3ecb': '5.6',
      '20_4ecb': '5.6',
      '20_5ecb': '5.2; 5.4'
    })
    expect(rows[0]?.status).toBe('agree')
  })

  it('shows only claims the contradiction engine compares: no clock times, distances or years', () => {
    for (const t of [20, 38, 1, 3]) {
      const docs = topic(t).map((d, i) => doc(d.id, `O${i}`, '', `${d.title}\n\n${d.text}`))
      const table = claimTable(docs)
      const rows = [...table.rows, ...Object.values(table.unique).flat()]
      for (const r of rows) {
        expect(r.key).toMatch(/^(q\|(outcome|age|magnitude|money)\||d\||r\||a\|)/)
        const values = Object.values(r.cells)
          .flat()
          .map((c) => c.value)
        for (const v of values) expect(v).not.toMatch(/\b(gmt|utc|miles?|km|mph|[ap]\.?m\.?)\b/i)
      }
    }
  })
})

describe('claim table columns and times', () => {
  const toll = (n: string): string =>
    `An earthquake struck the coast of Aceh on Tuesday. Officials said ${n} people were killed in the earthquake.`

  it('puts two articles of one outlet in one column, earliest first', () => {
    const table = claimTable([
      doc('a1', 'Reuters', '2013-07-02T09:00:00Z', toll('five')),
      doc('b1', 'AP', '2013-07-02T10:00:00Z', toll('five')),
      doc('a2', 'reuters ', '2013-07-02T15:00:00Z', toll('five'))
    ])
    expect(table.columns.map((c) => c.outlet)).toEqual(['Reuters', 'AP'])
    expect(table.columns[0]?.articles).toEqual(['a1', 'a2'])
    const row = table.rows.find((r) => r.label === 'people killed')
    expect(row?.cells['o:reuters']?.map((c) => c.time)).toEqual([
      '2013-07-02T09:00:00Z',
      '2013-07-02T15:00:00Z'
    ])
    // Every outlet states it alike: a fact every outlet reports.
    expect(table.shared.map((r) => r.label)).toContain('people killed')
  })

  it('calls a toll that rose in a later report an update, and a fall or an unordered pair a conflict', () => {
    const status = (t1: string, n1: string, t2: string, n2: string): string | undefined =>
      claimTable([doc('a', 'Reuters', t1, toll(n1)), doc('b', 'AP', t2, toll(n2))]).rows.find(
        (r) => r.label === 'people killed'
      )?.status
    // Hours apart on one day: the time of day orders them.
    expect(status('2013-07-02T08:10:00+07:00', 'five', '2013-07-02T16:45:00+07:00', '22')).toBe(
      'update'
    )
    expect(status('2013-07-02T08:10:00+07:00', '22', '2013-07-02T16:45:00+07:00', 'five')).toBe(
      'conflict'
    )
    // The same day without times of day: the order is unknown, so it stays a conflict.
    expect(status('2013-07-02', 'five', '2013-07-02', '22')).toBe('conflict')
    expect(status('2013-07-02', 'five', '2013-07-04', '22')).toBe('update')
  })

  it('lists what only one outlet reports under that outlet', () => {
    const table = claimTable([
      doc('a', 'Reuters', '2013-07-02', toll('five')),
      doc('b', 'AP', '2013-07-02', 'An earthquake struck Aceh on Tuesday, officials said.')
    ])
    expect(table.unique['o:reuters']?.map((r) => r.label)).toContain('people killed')
    expect(table.unique['o:ap']).toBeUndefined()
  })
})
