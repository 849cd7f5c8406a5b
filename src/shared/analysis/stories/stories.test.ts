import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { bCubed } from './b-cubed'
import { describeStories, detectStories } from './detect'
import { StoryIndex } from './story-index'
import { dayRange } from './name'

type EcbDoc = { id: string; topic: number; title: string; text: string }
const corpus = (
  JSON.parse(
    readFileSync(join(__dirname, '../../../../eval/corpora/ecb-original.json'), 'utf8')
  ) as { docs: EcbDoc[] }
).docs
const topic = (t: number, n: number): EcbDoc[] => corpus.filter((d) => d.topic === t).slice(0, n)
// Two earthquakes (Qeshm island, Iran; The Geysers, California) and an unrelated story.
const iran = topic(20, 5)
const sonoma = topic(38, 4)
const reid = topic(1, 4)
const mixed = [iran[0], sonoma[0], reid[0], iran[1], sonoma[1], reid[1], ...iran.slice(2)]
  .concat(sonoma.slice(2), reid.slice(2))
  .filter((d): d is EcbDoc => !!d)
const ids = (docs: EcbDoc[]): string[] => docs.map((d) => d.id).sort()

describe('story detection on real news', () => {
  it('keeps two earthquakes apart and groups each event', () => {
    const groups = detectStories(mixed).map((s) => s.articles)
    expect(groups).toContainEqual(ids(iran))
    expect(groups).toContainEqual(ids(sonoma))
    expect(groups).toContainEqual(ids(reid))
    expect(groups).toHaveLength(3)
  })

  it('gives the same stories whatever the import order here', () => {
    const forward = detectStories(mixed).map((s) => s.articles)
    const backward = detectStories([...mixed].reverse()).map((s) => s.articles)
    expect(backward).toEqual(forward)
  })

  it('joins a new article to its story without touching the others', () => {
    const index = new StoryIndex()
    for (const d of mixed.slice(0, -1)) index.add(d)
    const before = index.groups()
    const last = mixed[mixed.length - 1] as EcbDoc
    index.add(last)
    const after = index.groups()
    const home = after.find((g) => g.includes(last.id)) as string[]
    expect(home.length).toBeGreaterThan(1)
    expect(after.filter((g) => !g.includes(last.id))).toEqual(
      before.filter((g) => !home.some((id) => g.includes(id)))
    )
  })

  it('keeps a lone article as a story of one, and forgets a removed one', () => {
    const index = new StoryIndex()
    for (const d of [...iran, reid[0] as EcbDoc]) index.add(d)
    expect(index.groups()).toContainEqual([(reid[0] as EcbDoc).id])
    index.remove((reid[0] as EcbDoc).id)
    expect(index.groups()).toEqual([ids(iran)])
  })

  it('separates the same report published two months apart', () => {
    const a = iran[0] as EcbDoc
    const b = iran[1] as EcbDoc
    const close = detectStories([
      { ...a, date: '2008-09-07' },
      { ...b, date: '2008-09-08' }
    ])
    const far = detectStories([
      { ...a, date: '2008-09-07' },
      { ...b, date: '2008-11-08' }
    ])
    expect(close).toHaveLength(1)
    expect(far).toHaveLength(2)
  })

  it('names a story from its place, its event word and its dates', () => {
    const index = new StoryIndex()
    iran.forEach((d, i) => index.add({ ...d, date: `2008-09-0${7 + (i % 2)}` }))
    const [story] = describeStories(index)
    expect(story?.name).toMatch(/Qeshm|Iran/)
    expect(story?.name).toMatch(/· 7–8 Sep 2008$/)
  })
})

describe('incremental grouping on real news', () => {
  // Four events, their 36 articles interleaved as a library fills up: two earthquakes, which
  // share most of their words, a star's rehab and a courthouse killer's sentence.
  const library = [20, 38, 1, 3]
    .map((t) => corpus.filter((d) => d.topic === t))
    .flatMap((docs, t, all) => docs.map((d, i) => ({ d, at: i * all.length + t })))
    .sort((x, y) => x.at - y.at)
    .map(({ d }) => d)

  it('adding one article at a time, reading the stories between, ends where grouping from scratch does', () => {
    const index = new StoryIndex()
    library.forEach((d, k) => {
      index.add(d)
      // The sidebar reads the stories after every import; reading must change nothing.
      if (k % 5 === 4)
        expect(describeStories(index)).toEqual(detectStories(library.slice(0, k + 1)))
    })
    expect(describeStories(index)).toEqual(detectStories(library))
    expect(index.groups().length).toBeGreaterThanOrEqual(4)
  })

  it('one added article joins its story as it would from scratch, naming included', () => {
    const index = new StoryIndex()
    library.slice(0, -1).forEach((d) => index.add(d))
    const last = library[library.length - 1] as EcbDoc
    index.add(last)
    const stories = describeStories(index)
    expect(stories).toEqual(detectStories(library))
    expect(stories.find((s) => s.articles.includes(last.id))?.articles.length).toBeGreaterThan(1)
  })

  it('re-importing an article with the same text leaves every story as it was', () => {
    const index = new StoryIndex()
    library.forEach((d) => index.add(d))
    const before = index.groups()
    index.add(library[3] as EcbDoc)
    expect(index.groups()).toEqual(before)
  })
})

describe('B³ and day ranges', () => {
  it('scores a clustering against gold classes', () => {
    const gold = new Map([
      ['a', 1],
      ['b', 1],
      ['c', 2]
    ])
    expect(bCubed([['a', 'b'], ['c']], gold).f1).toBe(1)
    const all = bCubed([['a', 'b', 'c']], gold)
    expect(all.recall).toBe(1)
    expect(all.precision).toBeCloseTo((2 / 3 + 2 / 3 + 1 / 3) / 3)
  })

  it('writes day ranges the short way', () => {
    const day = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000
    expect(dayRange([day('2013-07-02'), day('2013-07-03')])).toBe('2–3 Jul 2013')
    expect(dayRange([day('2013-06-30'), day('2013-07-02')])).toBe('30 Jun – 2 Jul 2013')
    expect(dayRange([NaN])).toBe('')
  })
})
