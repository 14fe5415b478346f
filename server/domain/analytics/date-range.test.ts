import { describe, expect, test } from 'vitest'
import { assertDateRange, MAX_RANGE_DAYS, rangeFromDays } from './date-range'

describe('date ranges', () => {
  test('whole UTC days, the end day included', () => {
    expect(rangeFromDays('2026-11-01', '2026-11-27')).toEqual({ from: new Date('2026-11-01T00:00:00Z'), to: new Date('2026-11-28T00:00:00Z') })
    expect(rangeFromDays('2026-11-27', '2026-11-27').to.getTime() - rangeFromDays('2026-11-27', '2026-11-27').from.getTime()).toBe(86_400_000)
  })

  test('refuses malformed, impossible, reversed and over-long ranges with a clear message', () => {
    expect(() => rangeFromDays('27/11/2026', '2026-11-28')).toThrow(/YYYY-MM-DD/)
    expect(() => rangeFromDays('2026-02-31', '2026-03-02')).toThrow(/valid dates/)
    expect(() => rangeFromDays('2026-11-28', '2026-11-01')).toThrow(/before its end/)
    expect(() => assertDateRange({ from: new Date('2025-01-01T00:00:00Z'), to: new Date(Date.UTC(2025, 0, 1 + MAX_RANGE_DAYS + 1)) })).toThrow(/at most/)
    expect(() => assertDateRange({ from: new Date('2025-01-01T00:00:00Z'), to: new Date(Date.UTC(2025, 0, 1 + MAX_RANGE_DAYS)) })).not.toThrow()
  })
})
