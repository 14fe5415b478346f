import { describe, expect, test } from 'vitest'
import { labelCost, weightClassFor } from './label-rates'

describe('label rates', () => {
  test.each([
    [0, 'S', 'EUR', 450],
    [150, 'S', 'EUR', 450],
    [151, 'S', 'EUR', 650],
    [600, 'M', 'GBP', 660],
    [1200, 'S', 'USD', 950],
    [3000, 'L', 'USD', 2100],
    [null, 'S', 'EUR', 650],
  ] as const)('%s km, %s, %s → %s', (distanceKm, weightClass, currency, amount) => {
    expect(labelCost({ distanceKm, weightClass, currency })).toEqual({ amount, currency })
  })

  test('refuses currencies without a rate table', () => {
    expect(() => labelCost({ distanceKm: 10, weightClass: 'S', currency: 'JPY' })).toThrow(/no rates in JPY/)
  })

  test('weight class grows with the number of units', () => {
    expect([1, 2, 3, 5, 6, 40].map(weightClassFor)).toEqual(['S', 'S', 'M', 'M', 'L', 'L'])
  })
})
