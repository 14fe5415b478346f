export type RefundState = 'pending' | 'processing' | 'succeeded' | 'failed' | 'cancelled'
export type StripeRefundState = 'pending' | 'requires_action' | 'succeeded' | 'failed' | 'canceled'
export type RefundTriggerName = 'keep_it' | 'first_scan' | 'inspection' | 'staff' | 'remediation' | 'external'

/** `${trigger}:${sourceId}` — the same cause always yields the same key, here and at Stripe. */
export function refundIdempotencyKey(trigger: RefundTriggerName, sourceId: string): string {
  if (!/^[\w:.-]{1,200}$/.test(sourceId)) throw new RangeError(`refund source id must be 1-200 word characters, got ${JSON.stringify(sourceId)}`)
  return `${trigger}:${sourceId}`
}

/** What our row becomes when Stripe reports `stripe`: null when the report changes nothing. */
export function nextRefundState(current: RefundState, stripe: StripeRefundState): RefundState | null {
  // Terminal rows never move: a late or out-of-order webhook cannot undo an outcome.
  if (current === 'succeeded' || current === 'failed' || current === 'cancelled') return null
  const target: RefundState = stripe === 'succeeded' ? 'succeeded' : stripe === 'failed' || stripe === 'canceled' ? 'failed' : 'processing'
  return target === current ? null : target
}

/** Whether a refund in this state still holds money against the payment. */
export function reservesFunds(state: RefundState): boolean {
  return state === 'pending' || state === 'processing' || state === 'succeeded'
}
