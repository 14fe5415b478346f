import { HUB_NETWORK_RATES, labelCost, weightClassFor } from '@/server/domain/label-rates'
import { addToTotals, type MoneyTotals, toMoneyTotals } from './money-totals'

/** Keep-it returns of one currency with the same number of units: one row per (currency, units). */
export type KeepItGroup = { currency: string; units: number; returns: number }

/**
 * What the labels of keep-it returns would have cost. Nothing shipped, so there is no distance:
 * each is priced as the hub network prices a label it cannot place (the mid-distance band), with
 * the weight class its units would have needed. Currencies the network has no rates for are left
 * out and counted, so the page can say so rather than understate silently.
 */
export function keepItSavings(groups: readonly KeepItGroup[]): { savings: MoneyTotals; keepItReturns: number; unpricedReturns: number } {
  const totals = new Map<string, number>()
  let keepItReturns = 0
  let unpricedReturns = 0
  for (const group of groups) {
    if (!Number.isSafeInteger(group.returns) || group.returns < 0) throw new RangeError(`Return counts must be whole numbers, got ${group.returns}.`)
    if (!Number.isSafeInteger(group.units) || group.units < 1) throw new RangeError(`A return has at least one unit, got ${group.units}.`)
    keepItReturns += group.returns
    if (!HUB_NETWORK_RATES[group.currency]) {
      unpricedReturns += group.returns
      continue
    }
    const label = labelCost({ distanceKm: null, weightClass: weightClassFor(group.units), currency: group.currency })
    addToTotals(totals, group.currency, label.amount * group.returns)
  }
  return { savings: toMoneyTotals(totals), keepItReturns, unpricedReturns }
}
