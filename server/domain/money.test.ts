import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { AppError } from '@/server/app-error'
import { add, allocate, formatMoney, minorUnitDigits, money, subtract, sum } from './money'

describe('money', () => {
  test('rejects fractional amounts and bad currency codes', () => {
    expect(() => money(8.5, 'EUR')).toThrow(AppError)
    expect(() => money(100, 'eur')).toThrow(/ISO 4217/)
    expect(() => money(100, 'EURO')).toThrow(/ISO 4217/)
  })

  test('adds and subtracts only within one currency', () => {
    expect(add(money(8900, 'EUR'), money(1900, 'EUR'))).toEqual({ amount: 10800, currency: 'EUR' })
    expect(subtract(money(8900, 'EUR'), money(900, 'EUR'))).toEqual({ amount: 8000, currency: 'EUR' })
    expect(() => add(money(1, 'EUR'), money(1, 'USD'))).toThrow(/Cannot combine EUR with USD/)
    expect(sum('GBP', [])).toEqual({ amount: 0, currency: 'GBP' })
  })

  test('knows minor units per currency', () => {
    expect(minorUnitDigits('EUR')).toBe(2)
    expect(minorUnitDigits('JPY')).toBe(0)
    expect(minorUnitDigits('KWD')).toBe(3)
  })

  test('formats for the shopper locale', () => {
    expect(formatMoney(money(8900, 'EUR'), 'en-IE')).toBe('€89.00')
    expect(formatMoney(money(990, 'USD'), 'en-US')).toBe('$9.90')
    expect(formatMoney(money(1500, 'JPY'), 'en-US')).toBe('¥1,500')
    expect(formatMoney(money(8900, 'EUR'), 'de-DE')).toBe('89,00\u00a0€')
  })
})

describe('allocate', () => {
  test('spreads a 20% order discount over three lines to the cent', () => {
    // 1010: lines of €45, €30 and €25 with a €20 order discount.
    expect(allocate(2000, [4500, 3000, 2500])).toEqual([900, 600, 500])
  })

  test('gives the odd cent to the largest remainder, then the earlier line', () => {
    expect(allocate(100, [1, 1, 1])).toEqual([34, 33, 33])
    expect(allocate(1, [1, 2])).toEqual([0, 1])
  })

  test('rejects impossible allocations', () => {
    expect(() => allocate(-1, [1])).toThrow(AppError)
    expect(() => allocate(5, [0, 0])).toThrow(/zero weights/)
    expect(() => allocate(5, [1.5])).toThrow(AppError)
    expect(allocate(0, [0, 0])).toEqual([0, 0])
  })

  test('parts always add up to the total and never exceed their proportional ceiling', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 20 }).filter((w) => w.some((x) => x > 0)),
        (total, weights) => {
          const parts = allocate(total, weights)
          const weightTotal = weights.reduce((a, b) => a + b, 0)
          expect(parts.reduce((a, b) => a + b, 0)).toBe(total)
          parts.forEach((part, i) => {
            const exact = (total * weights[i]!) / weightTotal
            expect(part).toBeGreaterThanOrEqual(Math.floor(exact))
            expect(part).toBeLessThanOrEqual(Math.ceil(exact))
          })
        },
      ),
    )
  })
})
