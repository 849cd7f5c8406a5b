import { describe, expect, it } from 'vitest'
import { argSchemas } from './schemas'

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
