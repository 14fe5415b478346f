import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { DAY_MS, epochDay, isoDay } from './calendar'

describe('calendar days', () => {
  test('isoDay matches Date for any day from 1900 to 2400', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_567, max: 157_000 }), (day) => {
        expect(isoDay(day)).toBe(new Date(day * DAY_MS).toISOString().slice(0, 10))
      }),
      { numRuns: 2000 },
    )
  })

  test('leap days and the epoch', () => {
    expect(isoDay(0)).toBe('1970-01-01')
    expect(isoDay(epochDay(Date.parse('2024-02-29T23:59:59Z')))).toBe('2024-02-29')
    expect(isoDay(epochDay(Date.parse('2000-03-01T00:00:00Z')))).toBe('2000-03-01')
  })
})
