import { describe, expect, it } from 'vitest'
import { newBriefingSpec } from './briefing-spec'
import { argSchemas } from './schemas'
import {
  BRIEFING_GROUPINGS,
  BRIEFING_SECTIONS,
  EXPORT_FORMATS,
  LIBRARY_SORTS,
  PAPER_SIZES
} from './vocabulary'

const RESERVED = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty']
const passage = (article: string) => ({ article, start: 0, end: 1, text: 'x' })

describe('ids that Object.prototype already has are refused in every schema', () => {
  it.each(RESERVED)('%s', (id) => {
    const calls: [keyof typeof argSchemas, unknown[]][] = [
      ['openArticle', [id]],
      ['openArticle', [id]],
      ['renameColor', [id, 'Name']],
      ['clearDecision', [id]],
      [
        'createLink',
        [
          'related',
          { type: 'finding', findingId: id, passage: passage('a1') },
          { type: 'finding', findingId: 'ove-1', passage: passage('a2') }
        ]
      ],
      ['createAnnotation', [{ article: id, start: 0, end: 1, color: 'red' }]],
      ['createAnnotation', [{ article: 'a1', start: 0, end: 1, color: id }]]
    ]
    for (const [method, args] of calls)
      expect(argSchemas[method].safeParse(args).success, `${method}(${JSON.stringify(args)})`).toBe(
        false
      )
  })

  it('still accepts ordinary ids', () => {
    expect(argSchemas.openArticle.safeParse(['constructor-1']).success).toBe(true)
    expect(argSchemas.clearDecision.safeParse(['ove-0123abcd4567ef89']).success).toBe(true)
    expect(argSchemas.renameColor.safeParse(['red', 'Doubtful']).success).toBe(true)
  })
})

describe('publication times an analyst types', () => {
  const patch = (p: object) => argSchemas.updateArticle.safeParse(['a1b2c3', p])
  it('accepts a timestamp, with or without a zone, a day as an update, and empty to clear', () => {
    expect(patch({ published: '2013-07-02T16:45' }).success).toBe(true)
    expect(patch({ published: '2013-07-02T16:45:00+07:00' }).success).toBe(true)
    expect(patch({ updated: '2013-07-03' }).success).toBe(true)
    expect(patch({ published: '', updated: '' }).success).toBe(true)
  })
  it('refuses what is not a real time, saying what form it takes', () => {
    const r = patch({ published: '2 July 2013' })
    expect(r.success).toBe(false)
    expect(r.error?.issues[0]?.message).toMatch(/YYYY-MM-DDTHH:MM/)
    expect(patch({ published: '2013-07-02T24:10' }).success).toBe(false)
    expect(patch({ published: '2013-07-02' }).success).toBe(false)
  })
})

describe('the closed sets come from the vocabulary, whole', () => {
  const spec = newBriefingSpec([], { title: 'T' })
  const accepts = (method: keyof typeof argSchemas, args: unknown[]): boolean =>
    argSchemas[method].safeParse(args).success

  it('accepts every export format, paper size, grouping and sort it lists, and no other', () => {
    for (const f of EXPORT_FORMATS) expect(accepts('exportBriefing', [spec, f]), f).toBe(true)
    for (const paper of PAPER_SIZES)
      expect(accepts('exportBriefing', [{ ...spec, paper }, 'md']), paper).toBe(true)
    for (const groupBy of BRIEFING_GROUPINGS)
      expect(accepts('previewBriefing', [{ ...spec, groupBy }]), groupBy).toBe(true)
    for (const sort of LIBRARY_SORTS) expect(accepts('listArticles', [{ sort }]), sort).toBe(true)
    expect(accepts('exportBriefing', [spec, 'rtf'])).toBe(false)
    expect(accepts('exportBriefing', [{ ...spec, paper: 'a3' }, 'md'])).toBe(false)
    expect(accepts('previewBriefing', [{ ...spec, groupBy: 'grade' }])).toBe(false)
    expect(accepts('listArticles', [{ sort: 'words' }])).toBe(false)
  })

  it('takes every section once, in any order, and refuses repeats and unknown ones', () => {
    const all = [...BRIEFING_SECTIONS].reverse()
    expect(accepts('previewBriefing', [{ ...spec, sections: all }])).toBe(true)
    expect(accepts('previewBriefing', [{ ...spec, sections: [...all, all[0]] }])).toBe(false)
    expect(accepts('previewBriefing', [{ ...spec, sections: ['timeline'] }])).toBe(false)
  })

  it('reads story ids by the shared pattern', () => {
    expect(accepts('openStory', ['s-000-nato'])).toBe(true)
    for (const id of ['000-nato', 's-', 'S-x', 's-__proto__'])
      expect(accepts('openStory', [id]), id).toBe(false)
  })
})
