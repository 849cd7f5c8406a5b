import { JSDOM } from 'jsdom'
import { beforeAll, describe, expect, it } from 'vitest'

// No CSP here: whatever the sanitiser lets through is what a page without one would load.
let renderNote: (md: string) => string
beforeAll(async () => {
  const { window } = new JSDOM('<!doctype html><html><body></body></html>')
  Object.assign(globalThis, { window })
  ;({ renderNote } = await import('./Markdown'))
})

const HOSTILE = [
  '<table background="http://127.0.0.1:9/t"><tr><td background="http://127.0.0.1:9/d">x</td></tr></table>',
  '<body background="http://127.0.0.1:9/b">',
  '<img src="http://127.0.0.1:9/i" onerror="alert(1)">',
  '<img srcset="http://127.0.0.1:9/s 1x">',
  '<picture><source srcset="http://127.0.0.1:9/p"></picture>',
  '<video poster="http://127.0.0.1:9/v"></video><audio src="http://127.0.0.1:9/a"></audio>',
  '<div style="background:url(http://127.0.0.1:9/c)">z</div>',
  '<svg><image href="http://127.0.0.1:9/g"/></svg>',
  '<input type="image" src="http://127.0.0.1:9/n">',
  '<object data="http://127.0.0.1:9/o"></object><embed src="http://127.0.0.1:9/e">',
  '<link rel="stylesheet" href="http://127.0.0.1:9/l"><meta http-equiv="refresh" content="0;url=http://127.0.0.1:9/m">',
  '<form action="http://127.0.0.1:9/f"><button formaction="http://127.0.0.1:9/f">go</button></form>',
  '<a href="http://example.org/" ping="http://127.0.0.1:9/ping">x</a>',
  '<iframe src="http://127.0.0.1:9/if"></iframe><script src="http://127.0.0.1:9/js"></script>'
]

/** Every URL the markup would fetch by itself, without a click. */
function fetched(html: string): string[] {
  const doc = new JSDOM(html).window.document
  const urls: string[] = []
  for (const el of doc.querySelectorAll('*'))
    for (const attr of el.getAttributeNames())
      if (attr !== 'href' || el.tagName !== 'A') {
        const v = el.getAttribute(attr) ?? ''
        if (/127\.0\.0\.1/.test(v)) urls.push(`<${el.tagName.toLowerCase()} ${attr}=${v}>`)
      }
  return urls
}

describe('the note sanitiser, with no CSP behind it', () => {
  it.each(HOSTILE)('leaves nothing that loads a URL in %s', (html) => {
    const out = renderNote(`A note.\n\n${html}`)
    expect(fetched(out)).toEqual([])
    expect(out).not.toMatch(/background|srcset|poster|url\(/i)
  })

  it('keeps the Markdown and plain links', () => {
    const out = renderNote('**bold** and [a link](https://example.org/)')
    expect(out).toContain('<strong>bold</strong>')
    expect(out).toContain('href="https://example.org/"')
  })
})
