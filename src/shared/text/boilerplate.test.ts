import { describe, expect, it } from 'vitest'
import { boilerplateSpans } from './boilerplate'

const marked = (text: string): string[] =>
  boilerplateSpans(text).map((s) => text.slice(s.start, s.end))

describe('boilerplateSpans', () => {
  it('marks page furniture, datelines and bracketed source notes', () => {
    const text = [
      'KYIV, Ukraine (AP) — Officials met on Monday.',
      'Read also: Stoltenberg: We cannot have Minsk 3',
      'Photo credit: Yonhap',
      'Get a note from our correspondents. Sign up for our weekly What in the World newsletter.',
      '(This article is based on reports from Reuters and the Associated Press)'
    ].join('\n')
    expect(marked(text)).toEqual([
      'KYIV, Ukraine (AP) —',
      'Read also: Stoltenberg: We cannot have Minsk 3',
      'Photo credit: Yonhap',
      'Sign up for our weekly What in the World newsletter.',
      '(This article is based on reports from Reuters and the Associated Press)'
    ])
  })

  it('leaves reporting alone', () => {
    expect(marked('The photo showed the minister. Readers signed a petition.')).toEqual([])
  })
})
