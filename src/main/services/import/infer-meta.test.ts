import { ARTICLES_DIR } from '../../../../test-support/seeds'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  cleanPageTitle,
  headlineOf,
  inferMeta,
  shortenedFirstSentence,
  takeLeadingDate
} from './infer-meta'
import { detectLanguage } from './language'
import { normaliseParagraph, splitPlainText } from './normalise'

const SEEDS = ARTICLES_DIR
const seeds = readdirSync(SEEDS)
  .filter((n) => n.endsWith('.txt'))
  .sort()

/** The seed as the importer sees it: paragraphs split, normalised, leading date lifted. */
function seed(i: number): { paragraphs: string[]; date: string } {
  const raw = readFileSync(join(SEEDS, seeds[i]!), 'utf8')
  return takeLeadingDate(splitPlainText(raw).map(normaliseParagraph).filter(Boolean))
}

const metaOf = (i: number) => {
  const { paragraphs, date } = seed(i)
  return inferMeta(paragraphs, date ? { date } : {})
}

describe('metadata of the five seed articles', () => {
  it('000: date from the leading date token; title is the shortened first sentence', () => {
    const m = metaOf(0)
    expect(m.date).toBe('2024-10-18')
    expect(m.title).toBe(
      'The head of NATO said Thursday that the alliance would continue to do all to…'
    )
    expect(m.source).toBe('')
  })

  it('001: long first line, so the title is its first sentence cut near 80 characters', () => {
    const m = metaOf(1)
    expect(m.title).toBe(
      'The Kyiv Post and Interfax-Ukraine this week quoted intelligence sources saying…'
    )
    expect(m.title.length).toBeLessThanOrEqual(81)
    // "the Wall Street Journal reported" cites another outlet; it is not this article's source.
    expect(m.source).toBe('')
  })

  it('002: a one-paragraph wall of text gets its first sentence shortened as the title', () => {
    const m = metaOf(2)
    expect(m.title).toBe(
      'During a dinner hosted by US President Joe Biden in Washington, the Prime…'
    )
    expect(m.date).toBe('')
  })

  it('003: the headline line ending in a period is the title; the closing note names the sources', () => {
    const m = metaOf(3)
    expect(m.title).toBe(
      'Blinken meets with NATO Secretary-General, reiterates support for Ukraine.'
    )
    expect(m.source).toBe('Reuters and the Associated Press')
    // "On November 13" has no year: the year is not guessed.
    expect(m.date).toBe('')
  })

  it('004: the headline line is the title and "Ukrinform reports citing Yonhap" gives the source', () => {
    const m = metaOf(4)
    expect(m.title).toBe('Stoltenberg announces ‘flagship project’ with South Korea on Ukraine')
    expect(m.source).toBe('Ukrinform')
  })

  it('all five are detected as English and counted', () => {
    for (let i = 0; i < 5; i++) {
      const m = metaOf(i)
      expect(m.language).toBe('en')
      expect(m.wordCount).toBeGreaterThan(300)
      expect(m.url).toBe('')
    }
  })
})

describe('title rules', () => {
  it('does not take a byline or a long sentence as the headline', () => {
    expect(headlineOf(['By Jane Doe, Reuters', 'Body.'])).toBe('')
    expect(
      headlineOf([
        'The minister said on Tuesday that the plan, agreed last month, would go ahead.',
        'More.'
      ])
    ).toBe('')
    expect(headlineOf(['Only one paragraph'])).toBe('')
  })

  it('prefers the page title when there is no headline line, minus the " | Outlet" tail', () => {
    const m = inferMeta(
      ['By Jane Doe', 'A long opening sentence that is clearly body text and goes on.'],
      {
        title: 'Talks resume in Brussels | The Daily Fixture',
        siteName: 'The Daily Fixture'
      }
    )
    expect(m.title).toBe('Talks resume in Brussels')
    expect(m.author).toBe('Jane Doe')
  })

  it('keeps a title whose dash is part of the headline', () => {
    expect(
      cleanPageTitle('Kyiv - the long winter ahead of a country at war and its allies', '')
    ).toBe('Kyiv - the long winter ahead of a country at war and its allies')
  })

  it('cuts the first sentence at a word boundary with an ellipsis, only when it is long', () => {
    expect(shortenedFirstSentence('Short one. Another.')).toBe('Short one.')
    const cut = shortenedFirstSentence('word '.repeat(40).trim() + '.')
    expect(cut.endsWith('word…')).toBe(true)
    expect(cut.length).toBeLessThanOrEqual(81)
  })
})

describe('date, source and author rules', () => {
  it('reads a dateline with a year and ignores relative dates and dates without a year', () => {
    expect(inferMeta(['WASHINGTON, Oct. 18, 2024 (Reuters) - The head of NATO spoke.']).date).toBe(
      '2024-10-18'
    )
    expect(inferMeta(['At a summit in Washington next week, NATO will meet.', 'x']).date).toBe('')
    expect(inferMeta(['On July 4, the leaders met in Washington.', 'x']).date).toBe('')
  })

  it('takes the date from article:published_time without shifting its day', () => {
    expect(inferMeta(['Text here.'], { published: '2024-07-05T23:30:00-05:00' }).date).toBe(
      '2024-07-05'
    )
  })

  it('does not take an impossible leading date', () => {
    expect(takeLeadingDate(['date 2024-02-30 Body']).date).toBe('')
  })

  it('uses a "By X, Outlet" byline for author and source, and the URL domain when nothing better', () => {
    const m = inferMeta(['Headline here', 'By Jane Doe, Reuters', 'Body text follows here.'])
    expect(m).toMatchObject({ author: 'Jane Doe', source: 'Reuters' })
    expect(inferMeta(['Text.'], { url: 'https://www.example.org/a/b' }).source).toBe('example.org')
  })

  it('reduces a declared language tag to its primary subtag', () => {
    expect(inferMeta(['Texte.'], { language: 'fr-FR' }).language).toBe('fr')
  })
})

describe('language heuristic', () => {
  it('says en for English prose and nothing for other languages', () => {
    expect(
      detectLanguage('The alliance said that it would continue to support Ukraine in the war.')
    ).toBe('en')
    expect(
      detectLanguage(
        'Der Generalsekretär sagte, dass die Allianz die Ukraine weiter unterstützen werde.'
      )
    ).toBe('')
  })
})
