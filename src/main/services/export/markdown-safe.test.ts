import { describe, expect, it } from 'vitest'
import { markdownToHtml } from './markdown-safe'

describe('notes in exported briefings', () => {
  it('show raw HTML, background attributes included, as text', () => {
    const out = markdownToHtml(
      'A note.\n\n<table background="http://127.0.0.1:9/t"><tr><td>x</td></tr></table>\n\n<img srcset="http://127.0.0.1:9/s 1x">'
    )
    expect(out).not.toMatch(/<table|<img/)
    expect(out).toContain('&#60;table background=')
  })
})
