/**
 * Where a printing browser finds the briefing: an https address answered from memory, so the
 * page never comes from disk (a file:// page could frame any file the user can read) and never
 * reaches DNS or the network. `.invalid` can never resolve, should anything let it through.
 */
export const PRINT_ORIGIN = 'https://briefing.parallax.invalid'

// A second wall behind the request filter: the page itself may load nothing but inline styles
// and data: images and fonts, and may run nothing.
export const PRINT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; script-src 'none'; base-uri 'none'; form-action 'none'"

/** The response headers a served briefing carries. */
export const PRINT_HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy': PRINT_CSP
} as const

/**
 * The briefings being printed, each at its own address until it is removed, and the one rule
 * for what a print page may request: its own briefing, as the top-level document. Everything
 * else (file://, http(s) anywhere, loopback, frames, subresources, a briefing already printed)
 * is refused.
 */
export class PrintPages {
  private readonly pages = new Map<string, string>()
  private next = 0

  /** Serves `html` at a fresh address, returned. */
  add(html: string): string {
    const url = `${PRINT_ORIGIN}/${++this.next}`
    this.pages.set(url, html)
    return url
  }

  /** Stops serving a printed briefing. */
  remove(url: string): void {
    this.pages.delete(url)
  }

  /** Whether a request may go ahead: only a briefing being printed, loaded as the page itself. */
  allows(url: string, topLevel: boolean): boolean {
    return topLevel && this.pages.has(url)
  }

  /** The HTML served at `url`, or undefined for any other address. */
  page(url: string): string | undefined {
    return this.pages.get(url)
  }
}
