import { describe, expect, test } from 'vitest'
import { percentile, ratio, summarise } from './stats'

describe('percentile (nearest rank)', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1)
  test('picks the sample with p% of the run at or below it', () => {
    expect(percentile(hundred, 50)).toBe(50)
    expect(percentile(hundred, 95)).toBe(95)
    expect(percentile(hundred, 99)).toBe(99)
    expect(percentile(hundred, 100)).toBe(100)
    expect(percentile(hundred, 0)).toBe(1)
  })
  test('rounds the rank up on small runs instead of interpolating', () => {
    expect(percentile([10, 20, 30], 50)).toBe(20)
    expect(percentile([10, 20, 30], 95)).toBe(30)
    expect(percentile([7], 99)).toBe(7)
  })
  test('an empty run has no percentile', () => {
    expect(percentile([], 50)).toBeNaN()
  })
})

describe('summarise', () => {
  test('sorts a copy and reports count, percentiles, max and mean', () => {
    const samples = [5, 1, 4, 2, 3]
    expect(summarise(samples)).toEqual({ count: 5, p50: 3, p95: 5, p99: 5, max: 5, mean: 3 })
    expect(samples).toEqual([5, 1, 4, 2, 3])
  })
  test('a single slow request shows in p99 and max, not in p50', () => {
    const summary = summarise([...Array.from({ length: 99 }, () => 10), 900])
    expect(summary.p50).toBe(10)
    expect(summary.p95).toBe(10)
    expect(summary.max).toBe(900)
  })
})

describe('ratio', () => {
  test('divides by the baseline', () => {
    expect(ratio(30, 20)).toBe(1.5)
  })
  test('is null without a usable baseline', () => {
    expect(ratio(30, 0)).toBeNull()
    expect(ratio(30, null)).toBeNull()
    expect(ratio(null, 20)).toBeNull()
    expect(ratio(Number.NaN, 20)).toBeNull()
  })
})
