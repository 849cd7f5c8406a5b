import { describe, expect, it } from 'vitest'
import { extractArticle } from './extract-article'
import { readStamp, statedInText } from './publication-time'

const page = (head: string, body: string): Uint8Array =>
  new TextEncoder().encode(`<!doctype html><html lang="en"><head><meta charset="utf-8">${head}
<title>Quake kills at least 22 in Aceh | Jakarta Globe</title></head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<article><h1>Quake kills at least 22 in Aceh</h1>${body}
<p>The 6.1-magnitude earthquake struck at 2:37 p.m. local time (0737 GMT) about 55 kilometres
west of Bireuen, the US Geological Survey said, and was felt across northern Sumatra.</p>
<p>Rescue workers were searching collapsed houses in Central Aceh district on Tuesday evening,
and officials said the number of dead could still rise as reports came in from remote villages.</p>
<p>The province was the worst hit by the 2004 Indian Ocean tsunami, which killed about 170,000
people in Aceh alone.</p></article><footer>© 2013 Jakarta Globe</footer></body></html>`)

async function meta(head: string, body = '') {
  const r = await extractArticle({ name: 'aceh.html', bytes: page(head, body) })
  if (!r.ok) throw new Error(r.error.message)
  return r.value.meta
}

describe('publication time from a saved page', () => {
  it('reads article:published_time and article:modified_time with their zone', async () => {
    const m = await meta(`<meta property="og:site_name" content="Jakarta Globe">
      <meta property="article:published_time" content="2013-07-02T16:45:00+07:00">
      <meta property="article:modified_time" content="2013-07-02T21:10:00+07:00">`)
    expect(m).toMatchObject({
      date: '2013-07-02',
      published: '2013-07-02T16:45:00+07:00',
      updated: '2013-07-02T21:10:00+07:00'
    })
  })

  it('reads JSON-LD datePublished and dateModified from a @graph', async () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Jakarta Globe', datePublished: '2001-01-01' },
        {
          '@type': 'NewsArticle',
          headline: 'Quake kills at least 22 in Aceh',
          datePublished: '2013-07-02T09:45:00Z',
          dateModified: '2013-07-02T14:10:00Z'
        }
      ]
    })
    const m = await meta(`<script type="application/ld+json">${ld}</script>`)
    expect(m).toMatchObject({
      date: '2013-07-02',
      published: '2013-07-02T09:45:00Z',
      updated: '2013-07-02T14:10:00Z'
    })
  })

  it('reads Dublin Core and pubdate meta names whatever their case', async () => {
    const m = await meta(`<meta name="DC.date.issued" content="2013-07-02">
      <meta name="PubDate" content="2013-07-02T08:10:00-04:00">`)
    expect(m.date).toBe('2013-07-02')
    expect(m.published).toBe('2013-07-02T08:10:00-04:00')
  })

  it('treats a CMS midnight as a day without a time', async () => {
    const m = await meta(`<meta property="article:published_time" content="2013-07-03T00:00:00Z">`)
    expect(m.date).toBe('2013-07-03')
    expect(m.published).toBeUndefined()
  })

  it('reads a byline dateline and an Updated line when the page declares nothing', async () => {
    const m = await meta(
      '',
      `<p class="byline">By Nurdin Hasan | Published: July 2, 2013 4:45 PM WIB | Updated: July 3, 2013 8:02 AM WIB</p>
       <p>Banda Aceh. An earthquake killed at least 22 people in Indonesia's Aceh province on Tuesday, officials said.</p>`
    )
    expect(m.date).toBe('2013-07-02')
    expect(m.published).toBe('2013-07-02T16:45:00+07:00')
    expect(m.updated).toBe('2013-07-03T08:02:00+07:00')
  })

  it('ignores an update that claims to come before the publication', async () => {
    const m =
      await meta(`<meta property="article:published_time" content="2013-07-02T16:45:00+07:00">
      <meta property="article:modified_time" content="2012-01-01T10:00:00+07:00">`)
    expect(m.updated).toBeUndefined()
  })
})

describe('publication time in plain text', () => {
  it('reads an "Updated" line under the headline, with its zone', () => {
    const found = statedInText([
      'Quake kills at least 22 in Aceh',
      'Last updated 14:05 GMT, 2 July 2013',
      'An earthquake killed at least 22 people in Aceh on Tuesday.'
    ])
    expect(found.updated?.stamp).toBe('2013-07-02T14:05:00Z')
    expect(found.published).toBeUndefined()
  })

  it('never takes a figure or a relative day for a time', () => {
    expect(readStamp('22 people were killed')).toBeUndefined()
    expect(readStamp('on Tuesday at 2:37 p.m.')).toBeUndefined()
    expect(readStamp('2013-02-30T10:00:00Z')).toBeUndefined()
    expect(readStamp('2013-07-02T10:00:00+0530')?.stamp).toBe('2013-07-02T10:00:00+05:30')
  })
})
