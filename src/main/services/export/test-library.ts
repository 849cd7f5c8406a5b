import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { BriefingSpec } from '../../../shared/contract'
import { newBriefingSpec } from '../../../shared/briefing-spec'
import type { Finding, PassageRef } from '../../../shared/model'
import type { EngineChannel, EngineRequest } from '../analysis/protocol'
import { createServices, type Services } from '..'

/** Notes that break every format that forgets to escape. */
export const HOSTILE_NOTE =
  'Check | this *claim*, "quoted", <script>alert(1)</script>\nsecond line, with commas'

/** A fresh data folder for a test. */
export const tempDir = (): string => mkdtempSync(join(tmpdir(), 'parallax-export-'))

/** Services over a data folder, seeded from articles/ (or empty), with no analysis worker. */
export function openLibrary(dataDir: string, seed = true): Promise<Services> {
  return createServices({
    dataDir,
    transport: 'http',
    version: 'test',
    sampleDir: seed ? resolve(__dirname, '../../../../articles') : null,
    engineChannel: plantedEngine()
  })
}

/**
 * An engine that reports one finding: the contradiction between the Zelenskyy and the troops
 * sentences, once both articles were synced. The export tests need exactly this finding.
 */
function plantedEngine(): EngineChannel {
  const texts = new Map<string, string>()
  const at = (phrase: string): PassageRef | null => {
    for (const [article, text] of texts) {
      const start = text.indexOf(phrase)
      if (start >= 0) return { article, start, end: start + phrase.length, text: phrase }
    }
    return null
  }
  const request = async (req: EngineRequest): Promise<unknown> => {
    if (req.op === 'sync') return req.docs.forEach((d) => texts.set(d.id, d.text)) ?? 0
    if (req.op === 'remove') return req.ids.forEach((id) => texts.delete(id)) ?? 0
    const [a, b] = [at(ZELENSKYY), at(TROOPS)]
    if (!a || !b || (req.ids && !(req.ids.includes(a.article) && req.ids.includes(b.article))))
      return []
    return [{ ...PLANTED, a, b }]
  }
  return { request: request as EngineChannel['request'], close: async () => undefined }
}

const PLANTED: Omit<Finding, 'a' | 'b'> = {
  id: 'test-contradiction-1',
  kind: 'contradiction',
  subtype: 'number',
  score: 0.9,
  explanation: 'number: 10,000 vs up to 12,000 (North Korean soldiers/troops)',
  diff: []
}

/** Finds the article whose title contains `part` and the offsets of `phrase` in its text. */
export async function locate(s: Services, part: string, phrase: string) {
  const meta = s.library.list().find((a) => a.title.includes(part) || a.id === part)
  if (!meta) throw new Error(`no article like ${part}`)
  const text = await s.library.readText(meta.id)
  const start = text.indexOf(phrase)
  if (start < 0) throw new Error(`"${phrase}" is not in ${meta.title}`)
  return { article: meta.id, start, end: start + phrase.length, text: phrase }
}

export const ZELENSKYY =
  'Zelenskyy claimed that 10,000 North Korean soldiers could join Russian forces fighting in Ukraine.'
export const TROOPS =
  'up to 12,000 North Korean combat troops have been deployed to the battlefield'
export const BLINKEN_QUOTE = '“needs and will receive a resolute response,”'

/**
 * The scene every export test uses: three annotations (one with a hostile note, one quoting
 * curly quotes), a graded source, a confirmed contradiction with a comment and an annotation
 * link. Returns the article ids.
 */
export async function annotate(s: Services): Promise<{ a000: string; a003: string }> {
  const z = await locate(s, 'The head of NATO said Thursday', ZELENSKYY)
  const t = await locate(s, 'Blinken', TROOPS)
  const q = await locate(s, 'Blinken', BLINKEN_QUOTE)
  const must = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
    if (!r.ok) throw new Error(r.error.message)
    return r.value
  }
  const n1 = must(
    await s.api.createAnnotation({
      article: z.article,
      start: z.start,
      end: z.end,
      color: 'red',
      tags: ['north-korea', 'numbers'],
      note: HOSTILE_NOTE,
      grade: { reliability: 'B', credibility: 2 }
    })
  )
  must(
    await s.api.createAnnotation({
      article: q.article,
      start: q.start,
      end: q.end,
      color: 'yellow',
      tags: ['response'],
      note: 'Blinken, *verbatim*'
    })
  )
  const n3 = must(
    await s.api.createAnnotation({
      article: t.article,
      start: t.start,
      end: t.end,
      color: 'blue',
      tags: ['north-korea'],
      note: ''
    })
  )
  must(await s.api.setArticleGrade(t.article, { reliability: 'A', credibility: 2 }))
  must(
    await s.api.decideFinding(PLANTED.id, [z.article, t.article], {
      status: 'confirmed',
      comment: 'Counts differ | *both* sourced to intelligence, "officials" say'
    })
  )
  must(
    await s.api.createLink(
      'corroborates',
      { type: 'annotation', id: n1.id, article: z.article },
      { type: 'annotation', id: n3.id, article: t.article }
    )
  )
  return { a000: z.article, a003: t.article }
}

export const spec = (over: Partial<BriefingSpec> = {}): BriefingSpec =>
  newBriefingSpec([], {
    title: 'North Korea | *troops* <b>brief</b>',
    author: 'A. Analyst',
    marking: 'OFFICIAL-SENSITIVE',
    summary: 'Counts **differ**.\n\n<script>alert(1)</script>',
    ...over
  })
