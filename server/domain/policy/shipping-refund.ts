import { type LineVerdict } from './judge-line'
import { type OrderInput, type ReturnRequestInput } from './order-types'

/**
 * Original shipping is refunded when this request takes back every unit still with the shopper and
 * each of them comes back for a fault or under the statutory withdrawal right (a consumer who
 * withdraws from the whole contract gets the standard delivery cost back, Directive 2011/83/EU
 * art. 13). A partial return, or one on the merchant's own goodwill terms, keeps the charge.
 */
export function refundsOriginalShipping(order: OrderInput, request: ReturnRequestInput, verdicts: readonly LineVerdict[]): boolean {
  let any = false
  for (const line of order.lines) {
    const remaining = line.quantity - line.returnedQuantity
    if (remaining === 0) continue
    const index = request.items.findIndex((item) => item.lineId === line.id)
    const verdict = verdicts[index]
    if (!verdict || !verdict.eligible || request.items[index]!.quantity !== remaining) return false
    if (verdict.basis !== 'fault' && verdict.basis !== 'statutory_withdrawal') return false
    any = true
  }
  return any
}
