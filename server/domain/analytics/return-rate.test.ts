import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { isWellAboveShopRate, returnRate, WELL_ABOVE_RULE } from './return-rate'

describe('returnRate', () => {
  test('is units returned over units sold, and null when nothing was sold', () => {
    expect(returnRate(1, 4)).toBe(0.25)
    expect(returnRate(0, 10)).toBe(0)
    expect(returnRate(0, 0)).toBeNull()
  })

  test('refuses negative or fractional counts', () => {
    expect(() => returnRate(-1, 4)).toThrow(/units returned/)
    expect(() => returnRate(1, 2.5)).toThrow(/units sold/)
  })
})

describe('isWellAboveShopRate', () => {
  const shop = { unitsSold: 1000, unitsReturned: 100 } // 10%

  test('flags a group at twice the shop rate or more, and not just under it', () => {
    expect(isWellAboveShopRate({ unitsSold: 100, unitsReturned: 20 }, shop)).toBe(true)
    expect(isWellAboveShopRate({ unitsSold: 100, unitsReturned: 25 }, shop)).toBe(true)
    expect(isWellAboveShopRate({ unitsSold: 100, unitsReturned: 19 }, shop)).toBe(false)
  })

  test('needs a minimum of units sold and units returned before it says anything', () => {
    expect(isWellAboveShopRate({ unitsSold: WELL_ABOVE_RULE.minUnitsSold - 1, unitsReturned: 10 }, shop)).toBe(false)
    expect(isWellAboveShopRate({ unitsSold: WELL_ABOVE_RULE.minUnitsSold, unitsReturned: 10 }, shop)).toBe(true)
    expect(isWellAboveShopRate({ unitsSold: 20, unitsReturned: WELL_ABOVE_RULE.minUnitsReturned - 1 }, { unitsSold: 1000, unitsReturned: 1 })).toBe(false)
  })

  test('a shop with no returns: any group past the minimums is well above; a shop with no sales flags nothing', () => {
    expect(isWellAboveShopRate({ unitsSold: 20, unitsReturned: 3 }, { unitsSold: 1000, unitsReturned: 0 })).toBe(true)
    expect(isWellAboveShopRate({ unitsSold: 20, unitsReturned: 3 }, { unitsSold: 0, unitsReturned: 0 })).toBe(false)
  })

  test('compares exactly at the boundary (no floating-point rounding)', () => {
    // Shop 1/3; a group at exactly 2/3 is flagged.
    expect(isWellAboveShopRate({ unitsSold: 30, unitsReturned: 20 }, { unitsSold: 300, unitsReturned: 100 })).toBe(true)
    expect(isWellAboveShopRate({ unitsSold: 30, unitsReturned: 19 }, { unitsSold: 300, unitsReturned: 100 })).toBe(false)
  })

  test('agrees with the rate comparison it stands for, for any counts', () => {
    const counts = fc.integer({ min: 0, max: 10_000 })
    fc.assert(
      fc.property(counts, counts, counts, counts, (groupSold, groupReturnedRaw, shopSoldExtra, shopReturnedRaw) => {
        const group = { unitsSold: groupSold, unitsReturned: Math.min(groupReturnedRaw, groupSold) }
        const shopSold = groupSold + shopSoldExtra
        const shopTally = { unitsSold: shopSold, unitsReturned: Math.min(Math.max(shopReturnedRaw, group.unitsReturned), shopSold) }
        const expected =
          group.unitsSold >= WELL_ABOVE_RULE.minUnitsSold &&
          group.unitsReturned >= WELL_ABOVE_RULE.minUnitsReturned &&
          shopTally.unitsSold > 0 &&
          group.unitsReturned / group.unitsSold >= (2 * shopTally.unitsReturned) / shopTally.unitsSold - 1e-12
        expect(isWellAboveShopRate(group, shopTally)).toBe(expected)
      }),
    )
  })
})
