import { describe, expect, test } from 'vitest'
import { labelCost } from '@/server/domain/label-rates'
import { keepItSavings } from './keep-it-savings'

describe('keepItSavings', () => {
  test('prices each keep-it return as a mid-distance label of its weight class, per currency', () => {
    const mediumEur = labelCost({ distanceKm: null, weightClass: 'M', currency: 'EUR' }).amount
    const smallEur = labelCost({ distanceKm: null, weightClass: 'S', currency: 'EUR' }).amount
    const smallUsd = labelCost({ distanceKm: null, weightClass: 'S', currency: 'USD' }).amount
    expect(
      keepItSavings([
        { currency: 'EUR', units: 1, returns: 3 },
        { currency: 'EUR', units: 4, returns: 1 },
        { currency: 'USD', units: 2, returns: 2 },
      ]),
    ).toEqual({
      savings: [
        { currency: 'EUR', amount: 3 * smallEur + mediumEur },
        { currency: 'USD', amount: 2 * smallUsd },
      ],
      keepItReturns: 6,
      unpricedReturns: 0,
    })
    expect(smallEur).toBe(650)
  })

  test('leaves out currencies the hub network has no rates for, and says how many', () => {
    expect(keepItSavings([{ currency: 'JPY', units: 1, returns: 2 }])).toEqual({ savings: [], keepItReturns: 2, unpricedReturns: 2 })
    expect(keepItSavings([])).toEqual({ savings: [], keepItReturns: 0, unpricedReturns: 0 })
  })

  test('refuses a return with no units or a fractional count', () => {
    expect(() => keepItSavings([{ currency: 'EUR', units: 0, returns: 1 }])).toThrow(RangeError)
    expect(() => keepItSavings([{ currency: 'EUR', units: 1, returns: 0.5 }])).toThrow(RangeError)
  })
})
