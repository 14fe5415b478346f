import { describe, expect, test } from 'vitest'
import { chunks, progressLine } from './progress'

describe('progressLine', () => {
  test('fills the bar in proportion and prints counts with separators', () => {
    expect(progressLine('orders', 500_000, 1_000_000, 12_400, 10)).toBe('[#####-----]  50%  orders 500,000 / 1,000,000  12 s')
  })
  test('stays within 0–100% and handles an empty step', () => {
    expect(progressLine('x', 0, 10, 0, 4)).toBe('[----]   0%  x 0 / 10  0 s')
    expect(progressLine('x', 12, 10, 0, 4)).toBe('[####] 100%  x 12 / 10  0 s')
    expect(progressLine('x', 0, 0, 0, 4)).toBe('[####] 100%  x 0 / 0  0 s')
  })
})

describe('chunks', () => {
  test('covers the range exactly once, the last chunk shorter', () => {
    expect(chunks(10, 4)).toEqual([[0, 4], [4, 8], [8, 10]])
    expect(chunks(8, 4)).toEqual([[0, 4], [4, 8]])
    expect(chunks(0, 4)).toEqual([])
  })
})
