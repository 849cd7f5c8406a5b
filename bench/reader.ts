/**
 * Reader speed, measured in real Chromium against the built browser host:
 * two generated 20,000-word articles of one story that share many sentences (about 3,000
 * findings) are opened side by side. Printed: time from the Compare click to readable text and to the first
 * highlighted paint (cold analysis and cached; counted once the frame showing it is painted),
 * to the overview gutters (measured in idle time, with any long task meanwhile), long tasks
 * while both panes scroll, and the time from clicking a highlight to the counterpart aligned
 * with its card open, also as the browser's own Event Timing (press to next presented frame).
 * Targets: first highlighted paint < 300 ms, no long task > 50 ms while scrolling, align < 50 ms.
 * Baseline in the same run: placing the same passages by walking the DOM's text nodes for each
 * one (the obvious approach) instead of the app's offset map.
 *   npm run bench reader      (builds out/ first when it is missing)
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type Page } from '@playwright/test'
import { CHROMIUM_FLAGS, findChromium } from '../scripts/chromium.cjs'
import { startHostProcess } from '../test-support/host-process'
import { seededRandom } from '../test-support/random'

const ROOT = resolve(__dirname, '..')
const WORDS_PER_ARTICLE = 20_000
const SENTENCE_WORDS = 10

const rand = seededRandom(7)
const SYLLABLES = 'ka lo mi ne ru sa to vi de ga pe zo li fu ba ne ko ta ri mo'.split(' ')
const word = (): string =>
  Array.from({ length: 2 + Math.floor(rand() * 3) }, () => SYLLABLES[Math.floor(rand() * 20)]).join(
    ''
  )
const sentence = (): string => {
  const w = Array.from({ length: SENTENCE_WORDS }, word)
  return `${w.join(' ').replace(/^./, (c) => c.toUpperCase())}.`
}

/**
 * A has shared and unique sentences alternating; B holds every shared sentence twice. Both open
 * with the same dateline and names, as two reports of one event do: findings are read within a
 * story, and without an event in common the two would be two stories with nothing to compare.
 */
function corpus(): { a: string; b: string } {
  const n = WORDS_PER_ARTICLE / SENTENCE_WORDS
  const shared = Array.from({ length: n / 2 }, sentence)
  const a = shared.flatMap((s) => [s, sentence()])
  const b = [...shared, ...shared].sort(() => rand() - 0.5)
  const paras = (s: string[]): string =>
    Array.from({ length: Math.ceil(s.length / 8) }, (_, i) =>
      s.slice(i * 8, i * 8 + 8).join(' ')
    ).join('\n\n')
  const lead =
    'Vizoga, 12 March 2024. Kalomi Rusato met Tovide Gapezo and Lifuba Nekota in Vizoga on Tuesday.'
  return {
    a: `Bench article A\n\n${lead}\n\n${paras(a)}`,
    b: `Bench article B\n\n${lead}\n\n${paras(b)}`
  }
}

const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[xs.length >> 1] ?? NaN

async function openPair(page: Page, url: string): Promise<Record<string, number>> {
  await page.goto('about:blank')
  await page.goto(url)
  for (const t of ['Bench article A', 'Bench article B'])
    await page.getByTestId('article-row').filter({ hasText: t }).getByTestId('row-check').check()
  await page.evaluate(() => {
    const w = window as unknown as Record<string, number>
    const start = performance.now()
    w.__t0 = start
    // Long tasks once the highlights show: the deferred measuring must not stall a scroll.
    const long: PerformanceEntry[] = []
    new PerformanceObserver((l) => long.push(...l.getEntries())).observe({ type: 'longtask' })
    ;(window as unknown as { __longAfterPaint: () => number }).__longAfterPaint = () =>
      long.filter((e) => e.startTime >= start + (w.__paint ?? 0)).length
    // A frame callback sees what the coming frame will show; the message posted from it runs
    // once that frame's style, layout and paint are done, which is when the analyst sees it.
    const painted = (key: string): void => {
      const ch = new MessageChannel()
      ch.port1.onmessage = () => void (w[key] = performance.now() - start)
      ch.port2.postMessage(null)
    }
    const seen = new Set<string>()
    const once = (key: string, now: boolean): void => {
      if (now && !seen.has(key)) painted(key)
      if (now) seen.add(key)
    }
    const tick = (): void => {
      once('__text', document.querySelectorAll('[data-pane-text] [data-start]').length > 0)
      once('__paint', CSS.highlights.size > 0)
      // The gutters are measured in idle time after the highlights show.
      if (document.querySelector('[data-testid="gutter-mark"]')) painted('__gutter')
      else requestAnimationFrame(tick)
    }
    document
      .querySelector('[data-testid="compare-button"]')
      ?.addEventListener('click', () => requestAnimationFrame(tick), { once: true })
  })
  await page.getByTestId('compare-button').click()
  await page.waitForFunction(() => (window as unknown as Record<string, number>).__gutter, null, {
    timeout: 60_000
  })
  // Long task entries are delivered a little after the task.
  await page.waitForTimeout(100)
  return page.evaluate(() => {
    const w = window as unknown as Record<string, number> & { __longAfterPaint: () => number }
    return {
      text: w.__text ?? NaN,
      paint: w.__paint ?? NaN,
      gutter: w.__gutter ?? NaN,
      longAfterPaint: w.__longAfterPaint()
    }
  })
}

/** Long tasks while both panes are scrolled top to bottom with the wheel. */
async function scrollLongTasks(page: Page): Promise<{ count: number; worst: number }> {
  await page.evaluate(() => {
    const w = window as unknown as { __long: number[] }
    w.__long = []
    new PerformanceObserver((l) =>
      l.getEntries().forEach((e) => w.__long.push(e.duration))
    ).observe({ type: 'longtask' })
  })
  for (const i of [0, 1]) {
    const box = await page.locator(`[data-pane-index="${i}"] .pane-body`).boundingBox()
    if (!box) continue
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
    for (let s = 0; s < 60; s++) {
      await page.mouse.wheel(0, 900)
      await page.waitForTimeout(16)
    }
  }
  await page.waitForTimeout(200)
  return page.evaluate(() => {
    const long = (window as unknown as { __long: number[] }).__long
    return { count: long.length, worst: Math.max(0, ...long) }
  })
}

/**
 * Clicks the highlight of the n-th overlap passage in pane 0: ms until aligned with its card,
 * and ms from the press until the browser presented the next frame after the click was handled
 * (Event Timing, as INP counts it; entries under 16 ms are not reported, so 16 is a ceiling).
 */
async function clickToAlign(page: Page, n: number): Promise<{ align: number; presented: number }> {
  const point = await page.evaluate((k) => {
    const root = document.querySelector('[data-pane-index="0"]') as HTMLElement
    const h = CSS.highlights.get('px-overlap')
    const ranges = h ? [...h].filter((r) => root.contains((r as Range).startContainer)) : []
    const r = ranges[Math.min(k, ranges.length - 1)] as Range | undefined
    if (!r) return null
    r.startContainer.parentElement?.scrollIntoView({ block: 'center' })
    const b = r.getClientRects()[0] as DOMRect
    return { x: b.left + Math.min(10, b.width / 2), y: b.top + b.height / 2 }
  }, n)
  if (!point) return { align: NaN, presented: NaN }
  await page.waitForTimeout(100)
  await page.evaluate(() => {
    const w = window as unknown as Record<string, number>
    w.__align = 0
    w.__down = 0
    w.__presented = 0
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        if (w.__down && e.startTime >= w.__down - 1)
          w.__presented = Math.max(w.__presented ?? 0, e.startTime + e.duration - w.__down)
    }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit)
    document.addEventListener(
      'pointerdown',
      (e) => {
        w.__down = e.timeStamp
        const start = performance.now()
        const tick = (): void => {
          const card = document.querySelector('[data-testid="finding-card"]')
          const active = CSS.highlights.get('px-active')
          if (!card || !active || active.size < 2) return void requestAnimationFrame(tick)
          // Counted once the frame showing the card and the aligned pane has been painted.
          const ch = new MessageChannel()
          ch.port1.onmessage = () => void (w.__align = performance.now() - start)
          ch.port2.postMessage(null)
        }
        requestAnimationFrame(tick)
      },
      { capture: true, once: true }
    )
  })
  await page.mouse.click(point.x, point.y)
  await page.waitForFunction(() => ((window as unknown as Record<string, number>).__align ?? 0) > 0)
  // Event Timing entries arrive after the frame is presented.
  await page.waitForTimeout(300)
  const ms = await page.evaluate(() => {
    const w = window as unknown as Record<string, number>
    return { align: w.__align ?? NaN, presented: Math.max(16, w.__presented ?? 0) }
  })
  await page.keyboard.press('Escape')
  return ms
}

/** The obvious way to place passages: walk every text node from the top for each one. */
async function walkBaseline(page: Page): Promise<{ app: number; naive: number; n: number }> {
  return page.evaluate(() => {
    const root = document.querySelector('[data-pane-index="1"] [data-pane-text]') as HTMLElement
    const paras = [...root.querySelectorAll<HTMLElement>('[data-start]')]
    const spans = paras.flatMap((p) => {
      const s = Number(p.dataset.start)
      const len = (p.textContent ?? '').length
      return [0.1, 0.5, 0.8].map((f) => [s + Math.floor(len * f), s + Math.floor(len * f) + 20])
    })
    const t1 = performance.now()
    for (const [start, end] of spans) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
      let seen = 0
      const r = document.createRange()
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const len = (node.nodeValue ?? '').length
        if (seen + len > (start as number) && r.startContainer === document)
          r.setStart(node, (start as number) - seen)
        if (seen + len >= (end as number)) {
          r.setEnd(node, (end as number) - seen)
          break
        }
        seen += len
      }
    }
    const naive = performance.now() - t1
    // The app's way: a binary search over the paragraphs' data-start offsets.
    const starts = paras.map((p) => Number(p.dataset.start))
    const t2 = performance.now()
    for (const [start, end] of spans) {
      let lo = 0
      let hi = starts.length - 1
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1
        if ((starts[mid] as number) <= (start as number)) lo = mid
        else hi = mid - 1
      }
      const node = paras[lo]?.firstChild as Text
      const r = document.createRange()
      r.setStart(node, (start as number) - (starts[lo] as number))
      r.setEnd(node, Math.min(node.length, (end as number) - (starts[lo] as number)))
    }
    return { app: performance.now() - t2, naive, n: spans.length }
  })
}

async function main(): Promise<void> {
  const executablePath = findChromium()
  if (!executablePath) {
    console.log('reader bench skipped: no Chromium (apt-get install chromium)')
    return
  }
  if (!existsSync(join(ROOT, 'out/main/cli.js')))
    spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'],
      {
        cwd: ROOT,
        stdio: 'inherit'
      }
    )
  const dataDir = mkdtempSync(join(tmpdir(), 'parallax-bench-reader-'))
  const empty = mkdtempSync(join(tmpdir(), 'parallax-bench-samples-'))
  const host = await startHostProcess(dataDir, { PARALLAX_SAMPLES: empty })
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', ...CHROMIUM_FLAGS]
  })
  try {
    const { a, b } = corpus()
    const ids: string[] = []
    for (const text of [a, b]) {
      const r = await host.call<{ id: string }>('articles:import', [{ pasted: text }])
      if (!r.ok || !r.value) throw new Error(`import failed: ${r.error?.message}`)
      ids.push(r.value.id)
    }
    const url = `${host.origin}/#token=${host.token}`
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } })
    // tsx names nested functions with a __name helper that does not exist in the page.
    await page.addInitScript({ content: 'window.__name = (f) => f' })
    const cold = await openPair(page, url)
    const warm: Record<string, number>[] = []
    for (let i = 0; i < 3; i++) warm.push(await openPair(page, url))
    const found = await host.call<unknown[]>('analysis:run', [ids])
    const scroll = await scrollLongTasks(page)
    const clicks: { align: number; presented: number }[] = []
    for (const n of [5, 200, 700, 1200, 1800]) clicks.push(await clickToAlign(page, n))
    const aligns = clicks.map((c) => c.align)
    const presented = clicks.map((c) => c.presented)
    const base = await walkBaseline(page)
    const paint = median(warm.map((w) => w.paint as number))
    const row = (label: string, value: string, target: string): void =>
      console.log(`${label.padEnd(46)} ${value.padStart(12)}   ${target}`)
    console.log(
      `two articles of ${WORDS_PER_ARTICLE.toLocaleString('en')} words, ${found.value?.length ?? 0} findings`
    )
    row('cold open: readable text', `${cold.text?.toFixed(0)} ms`, '')
    row('cold open: first highlighted paint (analysis)', `${cold.paint?.toFixed(0)} ms`, '')
    row(
      'cached open: readable text (median of 3)',
      `${median(warm.map((w) => w.text as number)).toFixed(0)} ms`,
      ''
    )
    row(
      'cached open: first highlighted paint (median)',
      `${paint.toFixed(0)} ms`,
      'target < 300 ms'
    )
    row(
      'cached open: overview gutters drawn (median)',
      `${median(warm.map((w) => w.gutter as number)).toFixed(0)} ms`,
      `measured in idle time; long tasks > 50 ms meanwhile: ${warm.map((w) => w.longAfterPaint).join(', ')}`
    )
    row(
      'scrolling both panes: long tasks > 50 ms',
      `${scroll.count}`,
      `worst ${scroll.worst.toFixed(0)} ms; target 0`
    )
    row(
      'click a highlight → counterpart aligned (median)',
      `${median(aligns).toFixed(1)} ms`,
      `target < 50 ms; all ${aligns.map((x) => x.toFixed(0)).join(', ')}`
    )
    row(
      'click → next frame presented (Event Timing)',
      `${median(presented).toFixed(0)} ms`,
      `all ${presented.map((x) => x.toFixed(0)).join(', ')} (16 = at most 16)`
    )
    row(`placing ${base.n} passages: offset map`, `${base.app.toFixed(2)} ms`, '')
    row(
      `placing ${base.n} passages: DOM walk (baseline)`,
      `${base.naive.toFixed(1)} ms`,
      `${(base.naive / Math.max(base.app, 0.01)).toFixed(0)}x slower`
    )
  } finally {
    await browser.close()
    await host.stop()
    rmSync(dataDir, { recursive: true, force: true })
    rmSync(empty, { recursive: true, force: true })
  }
}

void main().catch((e) => {
  console.error(e)
  process.exit(1)
})
