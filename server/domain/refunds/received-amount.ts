export interface RefundableItem {
  quantity: number
  /** Null until the parcel is checked in: then the announced quantity counts. */
  receivedQuantity: number | null
  /** What the whole announced quantity refunds (after fees and proration), minor units. */
  refundAmount: number
}

/**
 * Refund only what came back: an item announced as 3 and received as 2 refunds two thirds of its
 * amount, rounded down so the sum can never exceed what the policy allowed.
 */
export function refundForReceived(items: readonly RefundableItem[]): number {
  let total = 0
  for (const item of items) {
    const received = item.receivedQuantity ?? item.quantity
    if (!Number.isInteger(received) || received < 0 || received > item.quantity) {
      throw new RangeError(`received quantity ${received} is outside 0..${item.quantity}`)
    }
    total += received === item.quantity ? item.refundAmount : Math.floor((item.refundAmount * received) / item.quantity)
  }
  return total
}

/** What is still owed on a return after refunds already reserved for it (never negative). */
export function refundStillDue(owed: number, alreadyReserved: number): number {
  return Math.max(0, owed - alreadyReserved)
}
