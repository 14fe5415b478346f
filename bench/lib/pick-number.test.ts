import { describe, expect, test } from 'vitest'
import { pickNumber } from './pick-number'

describe('pickNumber', () => {
  test('reads a figure out of a bench script line, thousands separators and all', () => {
    expect(pickNumber('order lines / s    1,234,567\nrequests / s  5', /order lines \/ s\s+([\d,]+)/, 'lines')).toBe(1_234_567)
    expect(pickNumber('labels: 200 in 3.1 s → 64.5 labels/s; p50', /→ ([\d.]+) labels\/s/, 'labels')).toBe(64.5)
  })
  test('fails with the output when the script printed something else', () => {
    expect(() => pickNumber('nothing here', /p50 (\d+) ms/, 'photo p50')).toThrow(/could not read photo p50 from:\nnothing here/)
  })
})
