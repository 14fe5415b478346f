/** Units returned over units sold; null when nothing was sold (a rate of nothing is not 0%). */
export function returnRate(unitsReturned: number, unitsSold: number): number | null {
  assertCount(unitsReturned, 'units returned')
  assertCount(unitsSold, 'units sold')
  return unitsSold === 0 ? null : unitsReturned / unitsSold
}

/**
 * When a product's or supplier's return rate is "well above" the shop's: at least twice the shop's
 * rate, on enough units that a couple of unlucky returns cannot raise the flag on their own.
 */
export const WELL_ABOVE_RULE = { factor: 2, minUnitsSold: 20, minUnitsReturned: 3 } as const

export type Tally = { unitsSold: number; unitsReturned: number }

export function isWellAboveShopRate(group: Tally, shop: Tally, rule: typeof WELL_ABOVE_RULE = WELL_ABOVE_RULE): boolean {
  for (const tally of [group, shop]) {
    assertCount(tally.unitsSold, 'units sold')
    assertCount(tally.unitsReturned, 'units returned')
  }
  if (group.unitsSold < rule.minUnitsSold || group.unitsReturned < rule.minUnitsReturned) return false
  if (shop.unitsSold === 0) return false
  // Cross-multiplied, so 2 × 12.5% is compared exactly rather than in floating point.
  return group.unitsReturned * shop.unitsSold >= rule.factor * shop.unitsReturned * group.unitsSold
}

function assertCount(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${what} must be a whole number of at least 0, got ${value}.`)
}
