import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { percentileHours, refundTimes } from './percentiles'

describe('percentileHours (nearest rank over a histogram)', () => {
  test('is null when there were no refunds', () => {
    expect(percentileHours([], 0.5)).toBeNull()
    expect(percentileHours([{ hours: 5, count: 0 }], 0.9)).toBeNull()
  })

  test('picks the bucket where the rank falls, whatever order the buckets come in', () => {
    const buckets = [{ hours: 48, count: 1 }, { hours: 2, count: 2 }, { hours: 24, count: 1 }]
    // Sorted: 2, 2, 24, 48 → median rank 2 → 2 h; p90 rank 4 → 48 h.
    expect(percentileHours(buckets, 0.5)).toBe(2)
    expect(percentileHours(buckets, 0.9)).toBe(48)
    expect(percentileHours(buckets, 1)).toBe(48)
    expect(refundTimes(buckets)).toEqual({ refunds: 4, medianHours: 2, p90Hours: 48 })
  })

  test('refuses percentiles outside (0, 1] and impossible buckets', () => {
    expect(() => percentileHours([{ hours: 1, count: 1 }], 0)).toThrow(RangeError)
    expect(() => percentileHours([{ hours: 1, count: 1 }], 1.5)).toThrow(RangeError)
    expect(() => percentileHours([{ hours: 1, count: -1 }], 0.5)).toThrow(RangeError)
    expect(() => percentileHours([{ hours: -1, count: 1 }], 0.5)).toThrow(RangeError)
  })

  test('equals the nearest-rank percentile of the durations the histogram was made from', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2000 }), { minLength: 1, maxLength: 200 }), fc.double({ min: 0.01, max: 1, noNaN: true }), (durations, p) => {
        const counts = new Map<number, number>()
        for (const hours of durations) counts.set(hours, (counts.get(hours) ?? 0) + 1)
        const buckets = [...counts.entries()].map(([hours, count]) => ({ hours, count }))
        const sorted = [...durations].sort((a, b) => a - b)
        expect(percentileHours(buckets, p)).toBe(sorted[Math.ceil(p * sorted.length) - 1])
      }),
    )
  })
})
