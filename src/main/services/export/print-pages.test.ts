import { describe, expect, it } from 'vitest'
import { PRINT_CSP, PRINT_ORIGIN, PrintPages } from './print-pages'

describe('the print page filter', () => {
  it('serves a briefing at its own https address and lets it load as the page', () => {
    const pages = new PrintPages()
    const url = pages.add('<h1>Briefing</h1>')
    expect(url.startsWith(`${PRINT_ORIGIN}/`)).toBe(true)
    expect(pages.allows(url, true)).toBe(true)
    expect(pages.page(url)).toBe('<h1>Briefing</h1>')
  })

  it.each([
    'file:///etc/hostname',
    'file:///tmp/parallax-print-1/briefing.html',
    'http://127.0.0.1:8080/',
    'http://localhost/',
    'https://example.org/pixel.png',
    `${PRINT_ORIGIN}/`,
    `${PRINT_ORIGIN}/999`,
    'data:text/html,<script>x</script>',
    'ws://127.0.0.1:9/',
    'chrome://settings'
  ])('refuses %s', (other) => {
    const pages = new PrintPages()
    pages.add('<p>x</p>')
    expect(pages.allows(other, true)).toBe(false)
    expect(pages.allows(other, false)).toBe(false)
    expect(pages.page(other)).toBeUndefined()
  })

  it('refuses the briefing itself in a frame or as a subresource, and with a query or fragment', () => {
    const pages = new PrintPages()
    const url = pages.add('<p>x</p>')
    expect(pages.allows(url, false)).toBe(false)
    expect(pages.allows(`${url}?x=1`, true)).toBe(false)
    expect(pages.allows(`${url}#x`, true)).toBe(false)
  })

  it('stops serving a briefing once printed, and keeps two prints apart', () => {
    const pages = new PrintPages()
    const a = pages.add('<p>a</p>')
    const b = pages.add('<p>b</p>')
    expect(a).not.toBe(b)
    pages.remove(a)
    expect(pages.allows(a, true)).toBe(false)
    expect(pages.page(a)).toBeUndefined()
    expect(pages.page(b)).toBe('<p>b</p>')
  })

  it('sends a CSP that runs no script and loads nothing from elsewhere', () => {
    expect(PRINT_CSP).toMatch(/default-src 'none'/)
    expect(PRINT_CSP).toMatch(/script-src 'none'/)
    expect(PRINT_CSP).not.toMatch(/file:|https?:|'self'/)
  })
})
