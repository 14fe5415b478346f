/**
 * The proactive email to a customer whose order line is remediated: the staff's own words, then
 * what happens to their money or item, plainly. Rendered when written, as the outbox expects.
 */
export function remediationEmail(input: {
  shopName: string
  customerName: string
  orderNumber: string
  product: string
  quantity: number
  resolution: 'refund' | 'replacement'
  /** Formatted, e.g. "€39.00"; only for refunds. */
  amount: string | null
  message: string
}): { subject: string; text: string } {
  const what = input.quantity === 1 ? input.product : `${input.quantity} × ${input.product}`
  const outcome =
    input.resolution === 'refund'
      ? `We are refunding ${input.amount ?? 'what you paid'} for ${what} to your original payment method. You do not need to send anything back.`
      : `We are sending you a replacement for ${what} at no cost. You do not need to send anything back.`
  const greeting = input.customerName.trim() ? `Hello ${input.customerName.trim()},` : 'Hello,'
  return {
    subject: `${input.shopName}: about your order ${input.orderNumber}`,
    text: [greeting, input.message.trim(), outcome, `— ${input.shopName}`].join('\n\n'),
  }
}
