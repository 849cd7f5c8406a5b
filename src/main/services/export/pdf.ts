import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CHROMIUM_FLAGS, findChromium } from '../../../../scripts/chromium.cjs'
import { err, ok, type Result } from '../../../shared/result'
import type { Briefing } from './briefing'
import { printHtmlWithChromium } from './chromium-print'
import { toPdfFallback } from './pdf-fallback'

/**
 * Prints a briefing to PDF bytes from its HTML (Electron injects one built on
 * webContents.printToPDF) or, where no browser engine is at hand, from the briefing itself.
 */
export type PdfPrinter = (html: string, briefing: Briefing) => Promise<Result<Uint8Array>>

/**
 * The PDF path of the browser host and the command line: headless Chromium prints the very
 * HTML briefing the app exports, with script off and every request but the page refused
 * (see chromium-print.ts), so the file matches the HTML and Electron's
 * printToPDF (same engine, same page: the CSS page margin boxes put the marking and
 * "Page n of m" on every page, and any script the system has fonts for is shaped; CJK needs
 * a CJK font such as fonts-noto-cjk, which this machine lacks).
 * Where there is no Chromium (or PARALLAX_PDF_ENGINE=pdfkit, or Chromium fails), pdfkit draws
 * the same briefing with the DejaVu fonts it ships: plainer, but complete, and the export
 * never depends on a browser being installed.
 */
export function defaultPrinter(
  binary: () => string | null = findChromium,
  env: NodeJS.ProcessEnv = process.env
): PdfPrinter {
  return async (html, briefing) => {
    const chromium = env.PARALLAX_PDF_ENGINE === 'pdfkit' ? null : binary()
    const printed = chromium ? await printWithChromium(chromium, html) : null
    if (printed?.ok) return printed
    try {
      return ok(await toPdfFallback(briefing))
    } catch (e) {
      const why = printed && !printed.ok ? `${printed.error.message}; then ` : ''
      return err('internal', `The PDF could not be made: ${why}${(e as Error).message}`)
    }
  }
}

async function printWithChromium(chromium: string, html: string): Promise<Result<Uint8Array>> {
  const dir = await mkdtemp(join(tmpdir(), 'parallax-pdf-'))
  try {
    return ok(await printHtmlWithChromium(chromium, flags(dir), html))
  } catch (e) {
    return err('internal', `Chromium could not print the briefing: ${(e as Error).message}`)
  } finally {
    // Chromium's helpers can still be closing files in the profile for a moment after the
    // browser exits; a leftover temporary profile must never fail a briefing that printed.
    await rm(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 }).catch(() => {})
  }
}

function flags(dir: string): string[] {
  return [
    '--headless',
    ...CHROMIUM_FLAGS,
    // The page is ours and makes no request; still, nothing may reach the network: every
    // request, loopback included (<-loopback>), goes to a proxy on the discard port, where
    // nothing listens.
    '--proxy-server=127.0.0.1:9',
    '--proxy-bypass-list=<-loopback>',
    `--user-data-dir=${join(dir, 'profile')}`,
    // Chromium refuses to start its sandbox as root (containers); as a user it keeps it.
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])
  ]
}
