import { exceedsShare } from './amounts'
import { countSince } from './calendar'
import { explanation, type Explanation, type KeepItReason } from './explanation-types'
import { type CustomerHistory } from './order-types'
import { type KeepItRule } from './policy-types'

export type KeepItInput = Readonly<{
  currency: string
  /** Item value of the eligible lines of the request (after discounts, before tax). */
  value: number
  /** The region's label estimate in the order currency, if the policy has one. */
  labelCost: number | undefined
  skus: readonly string[]
  customer: CustomerHistory
  nowMs: number
}>

export type KeepItVerdict = Readonly<{ keep: boolean; reason: KeepItReason | null; notes: readonly Explanation[] }>

const SHIP: KeepItVerdict = { keep: false, reason: null, notes: [] }

/**
 * Keep-it is decided for the whole request: one label carries every item, so keeping some items
 * while shipping the others saves nothing. Abuse limits turn a keep-it back into a normal return.
 */
export function decideKeepIt(rule: KeepItRule, input: KeepItInput): KeepItVerdict {
  if (!rule.enabled || input.skus.length === 0) return SHIP
  const threshold = rule.valueBelow[input.currency]
  const reason: KeepItReason | null =
    threshold !== undefined && input.value < threshold
      ? 'below_value'
      : rule.shipCostShareBps !== null && input.labelCost !== undefined && exceedsShare(input.labelCost, input.value, rule.shipCostShareBps)
        ? 'ship_cost'
        : null
  if (reason === null) return SHIP

  const limit = rule.maxPerCustomer
  if (limit !== null) {
    const count = countSince(input.customer.pastKeepIts, input.nowMs, limit.periodDays, 'pastKeepIts')
    if (count >= limit.count) {
      return { keep: false, reason: null, notes: [explanation('keep_it_limit_reached', { count: limit.count, periodDays: limit.periodDays })] }
    }
  }
  if (rule.firstReturnOfSkuOnly) {
    const repeated = input.skus.find((sku) => input.customer.returnedSkus.includes(sku))
    if (repeated !== undefined) return { keep: false, reason: null, notes: [explanation('keep_it_repeat_sku', { sku: repeated })] }
  }
  return { keep: true, reason, notes: [explanation('keep_it', { reason })] }
}
