import { describe, expect, test } from 'vitest'
import { describeGoal, type Figure, formatNumber, judge } from './figures'
import { figureRow, formatFigures, formatTable } from './table'

const p95 = (value: number | null, baseline: number | null): Figure => ({
  section: 'api',
  name: 'lookup p95 @50',
  value,
  unit: 'ms',
  baseline,
  goal: { kind: 'max-ratio', limit: 2 },
})

describe('judge', () => {
  test('a ratio goal compares with the baseline', () => {
    expect(judge(p95(20, 10))).toBe('met')
    expect(judge(p95(21, 10))).toBe('missed')
    expect(judge(p95(20, null))).toBe('n/a')
    expect(judge(p95(null, 10))).toBe('n/a')
  })
  test('min and max goals compare the value itself', () => {
    const score = (value: number): Figure => ({ section: 'lighthouse', name: 'performance', value, unit: '', goal: { kind: 'min', limit: 95 } })
    expect(judge(score(95))).toBe('met')
    expect(judge(score(94))).toBe('missed')
    const errors = (value: number): Figure => ({ section: 'api', name: 'errors', value, unit: '', goal: { kind: 'max', limit: 0 } })
    expect(judge(errors(0))).toBe('met')
    expect(judge(errors(3))).toBe('missed')
  })
  test('a figure without a goal has no verdict', () => {
    expect(judge({ section: 'throughput', name: 'labels', value: 12, unit: '/s' })).toBe('')
  })
})

describe('formatting', () => {
  test('numbers keep about three significant figures', () => {
    expect(formatNumber(1234567)).toBe('1,234,567')
    expect(formatNumber(123.456)).toBe('123')
    expect(formatNumber(12.345)).toBe('12.3')
    expect(formatNumber(1.2345)).toBe('1.23')
    expect(formatNumber(0.01234)).toBe('0.012')
    expect(formatNumber(null)).toBe('–')
  })
  test('goals read like the issue', () => {
    expect(describeGoal({ kind: 'max-ratio', limit: 1.3 }, 'kB')).toBe('≤ 1.3×')
    expect(describeGoal({ kind: 'min', limit: 95 }, '')).toBe('≥ 95')
    expect(describeGoal({ kind: 'max', limit: 400 }, 'ms')).toBe('≤ 400 ms')
  })
  test('a figure row carries value, baseline, ratio and verdict', () => {
    expect(figureRow(p95(30, 10))).toEqual(['api', 'lookup p95 @50', '30 ms', '10 ms', '3.00×', '≤ 2×', 'missed', ''])
  })
  test('columns are padded to the widest cell, numbers right-aligned', () => {
    const table = formatTable(['name', 'value'], [['a', '5 ms'], ['longer', '120 ms']])
    expect(table.split('\n')).toEqual(['name     value', '------  ------', 'a         5 ms', 'longer  120 ms'])
  })
  test('the bench table has one line per figure under a header', () => {
    const lines = formatFigures([p95(12, 10), p95(40, 10)]).split('\n')
    expect(lines).toHaveLength(4)
    expect(lines[0]).toMatch(/^section\s+measurement\s+value\s+baseline\s+ratio\s+goal\s+verdict\s+note$/)
    expect(lines[2]).toContain('met')
    expect(lines[3]).toContain('missed')
  })
})
