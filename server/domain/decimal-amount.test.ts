import { describe, expect, test } from 'vitest'
import { parseDecimalAmount } from './decimal-amount'

describe('parseDecimalAmount', () => {
  test.each([
    ['89.00', 'EUR', 8900],
    ['89', 'EUR', 8900],
    ['0.5', 'USD', 50],
    [' 7.95 ', 'USD', 795],
    ['5.000', 'EUR', 500],
    ['1500', 'JPY', 1500],
    ['1500.00', 'JPY', 1500],
    ['1.234', 'KWD', 1234],
    ['0', 'GBP', 0],
  ])('%s %s is %d minor units', (text, currency, expected) => {
    expect(parseDecimalAmount(text, currency)).toBe(expected)
  })

  test.each([
    ['1.999', 'EUR'],
    ['12.5', 'JPY'],
    ['-1.00', 'EUR'],
    ['1,00', 'EUR'],
    ['', 'EUR'],
    ['1e3', 'EUR'],
    ['€1.00', 'EUR'],
    ['.50', 'EUR'],
  ])('%s %s is refused', (text, currency) => {
    expect(() => parseDecimalAmount(text, currency)).toThrow(/is not an amount/)
  })
})
