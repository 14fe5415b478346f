import { describe, expect, test } from 'vitest'
import { normalizeEmail, normalizeOrderNumber } from './customer-input'

describe('normalizeEmail', () => {
  test.each([
    ['ana.keller@example.com', 'ana.keller@example.com'],
    ['  Ana.Keller@Example.COM ', 'ana.keller@example.com'],
    ['\tSAM.LEE@EXAMPLE.COM\n', 'sam.lee@example.com'],
  ])('%j → %s', (input, expected) => expect(normalizeEmail(input)).toBe(expected))
})

describe('normalizeOrderNumber', () => {
  test.each([
    ['1001', '1001'],
    ['#1001', '1001'],
    [' # 1001 ', '1001'],
    ['Order #1001', '1001'],
    ['no. 1001', '1001'],
    ['Nr. 1001', '1001'],
    ['kc-1001', 'KC-1001'],
    ['10 01', '1001'],
  ])('%j → %s', (input, expected) => expect(normalizeOrderNumber(input)).toBe(expected))

  test('keeps digits that merely look like a prefix', () => {
    expect(normalizeOrderNumber('#001001')).toBe('001001')
  })
})
