import { describe, expect, it } from 'vitest'
import { articleTime, compareTimes, formatTime, isTimestamp, whenText } from './published'

describe('publication times', () => {
  it('accepts real instants only', () => {
    expect(isTimestamp('2013-07-02T09:14:00+07:00')).toBe(true)
    expect(isTimestamp('2013-07-02T09:14Z')).toBe(true)
    expect(isTimestamp('2013-07-02T09:14:00.123Z')).toBe(true)
    expect(isTimestamp('2013-07-02T09:14')).toBe(true)
    expect(isTimestamp('2013-02-31T09:14:00Z')).toBe(false)
    expect(isTimestamp('2013-07-02T25:00:00Z')).toBe(false)
    expect(isTimestamp('2013-07-02')).toBe(false)
    expect(isTimestamp('yesterday at noon')).toBe(false)
  })

  it('orders two reports of one day by their time of day, across zones', () => {
    // 08:10 in Jakarta is 01:10 UTC, before 03:00 UTC.
    expect(compareTimes('2013-07-02T08:10:00+07:00', '2013-07-02T03:00:00Z')).toBeLessThan(0)
    expect(compareTimes('2013-07-02T16:45:00+07:00', '2013-07-02T03:00:00Z')).toBeGreaterThan(0)
  })

  it('leaves the order unknown when a day meets a time close to it', () => {
    expect(compareTimes('2013-07-02', '2013-07-02T09:00:00Z')).toBeUndefined()
    expect(compareTimes('2013-07-02', '2013-07-03T09:00:00Z')).toBeUndefined()
    expect(compareTimes('2013-07-02', '2013-07-05T09:00:00Z')).toBeLessThan(0)
    expect(compareTimes('', '2013-07-05')).toBeUndefined()
    expect(compareTimes('2013-07-02', '2013-07-02')).toBe(0)
  })

  it('judges an article by its last update, then its publication, then its day', () => {
    const day = { date: '2013-07-02' }
    expect(articleTime(day)).toBe('2013-07-02')
    expect(articleTime({ ...day, published: '2013-07-02T08:00Z' })).toBe('2013-07-02T08:00Z')
    expect(
      articleTime({ ...day, published: '2013-07-02T08:00Z', updated: '2013-07-02T14:30Z' })
    ).toBe('2013-07-02T14:30Z')
  })

  it('writes times as a reader expects them, in the zone stated', () => {
    expect(formatTime('2013-07-02T08:10:00+07:00')).toBe('2 Jul 2013, 08:10 +07:00')
    expect(formatTime('2013-07-02T08:10:00Z')).toBe('2 Jul 2013, 08:10 UTC')
    expect(formatTime('2013-07-02')).toBe('2 Jul 2013')
    expect(formatTime('')).toBe('')
  })

  it('says when an article came out, to the minute when known, and when it was updated', () => {
    expect(whenText({ date: '2013-07-02' })).toBe('2 Jul 2013')
    expect(whenText({ date: '2013-07-02', published: '2013-07-02T09:14:00+07:00' })).toBe(
      '2 Jul 2013, 09:14 +07:00'
    )
    expect(
      whenText({
        date: '2013-07-02',
        published: '2013-07-02T09:14:00Z',
        updated: '2013-07-02T16:45:00Z'
      })
    ).toBe('2 Jul 2013, 09:14 UTC, updated 2 Jul 2013, 16:45 UTC')
    expect(whenText({})).toBe('')
  })
})
